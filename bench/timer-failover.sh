#!/usr/bin/env bash
# Failover of the nightly timers between two servers on one database (docs/batch.md, "Two
# servers"): server A creates the benchmarks timer and is killed (kill -9) before it fires; server
# B, which shares the database, runs that expiration once the reservation of its owner has expired
# (PROJECTFLO_TIMER_FAILOVER_AFTER); A, started again, does not run it a second time. Not a
# measurement and not part of CI (it waits for a timer: about 6 minutes). From the repository root:
# bench/timer-failover.sh
set -euo pipefail

DB_NAME="${BENCH_DB_NAME:-projectflo_failover}"
FAILOVER_AFTER="${BENCH_FAILOVER_AFTER:-100s}"   # Liberty's smallest missedTaskThreshold
LEAD_MINUTES="${BENCH_LEAD_MINUTES:-2}"          # the timer fires this many minutes after A starts
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
DB_HOST="${PROJECTFLO_DB_HOST:-127.0.0.1}"
DB_PORT="${PROJECTFLO_DB_PORT:-5432}"
DB_USER="${PROJECTFLO_DB_USER:-postgres}"
DB_PASSWORD="${PROJECTFLO_DB_PASSWORD:-}"
HTTP_PORT=9286   # server A; B uses the next ones
HTTPS_PORT=9649
START_TIMEOUT=180
DROP_DB=1

RESULT_NAME=timer-failover
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/prologue.sh"

WLP="$ROOT/projectflo-ear/target/liberty/wlp"
EAR="$ROOT/projectflo-ear/target/projectflo.ear"
psql_db() { PGPASSWORD="$DB_PASSWORD" "$PSQL_BIN" -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"; }
value() { psql_db -At -c "$1"; }

if [[ "$SKIP_BUILD" != 1 || ! -f "$EAR" ]]; then
  log "building (mvnw install -DskipTests; log: $MAVEN_LOG)"
  ./mvnw -B -q install -DskipTests >>"$MAVEN_LOG" 2>&1 || { tail -40 "$MAVEN_LOG"; die "build failed"; }
fi

fires_at="$(date -u -d "+$LEAD_MINUTES minutes" +%H:%M)"
make_server() { # name http https
  local dir="$WLP/usr/servers/$1"
  rm -rf "$dir" && mkdir -p "$dir/dropins" "$dir/jdbc"
  cp "$ROOT/liberty/server.xml" "$dir/"
  cp "$SERVER_DIR"/jdbc/postgresql-*.jar "$dir/jdbc/"
  cp "$EAR" "$dir/dropins/"
  cat >"$dir/server.env" <<EOF
keystore_password=failover-throwaway-keystore
PROJECTFLO_DB_HOST=$DB_HOST
PROJECTFLO_DB_PORT=$DB_PORT
PROJECTFLO_DB_USER=$DB_USER
PROJECTFLO_DB_PASSWORD=$DB_PASSWORD
PROJECTFLO_DB_NAME=$DB_NAME
PROJECTFLO_HTTP_PORT=$2
PROJECTFLO_HTTPS_PORT=$3
PROJECTFLO_BATCH_ZONE=UTC
PROJECTFLO_BATCH_INVOICING_TIME=off
PROJECTFLO_BATCH_BENCHMARKS_TIME=$fires_at
PROJECTFLO_REMINDERS_TIME=off
PROJECTFLO_TIMER_FAILOVER_AFTER=$FAILOVER_AFTER
EOF
}
start() { # name port
  "$WLP/bin/server" start "$1" >/dev/null
  local deadline=$((SECONDS + START_TIMEOUT))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/health/ready")" == 200 ]]; do
    (( SECONDS < deadline )) || die "server $1 is not ready after $START_TIMEOUT s"
    sleep 1
  done
  log "server $1 ready on port $2"
}
pid_of() { cat "$WLP/usr/servers/.pid/$1.pid"; }
cleanup() {
  for name in failover-a failover-b; do
    "$WLP/bin/server" stop "$name" >/dev/null 2>&1 || true
    rm -rf "${WLP:?}/usr/servers/$name"
  done
  "$PSQL_BIN" -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres \
    -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" || true
}
trap cleanup EXIT

"$PSQL_BIN" -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
make_server failover-a "$HTTP_PORT" "$HTTPS_PORT"
make_server failover-b $((HTTP_PORT + 1)) $((HTTPS_PORT + 1))
log "benchmarks timer at $fires_at UTC, failover after $FAILOVER_AFTER, database $DB_NAME"

start failover-a "$HTTP_PORT"
# Servers sharing a database share their keys: B gets A's (generated at A's first start).
cp -r "$WLP/usr/servers/failover-a/resources" "$WLP/usr/servers/failover-b/"
kill -9 "$(pid_of failover-a)"
log "server A killed before the timer fired; runs so far: $(value "SELECT count(*) FROM batch_job_runs")"
start failover-b $((HTTP_PORT + 1))

fire_epoch="$(date -u -d "$fires_at" +%s)"
(( fire_epoch >= $(date +%s) - 60 )) || fire_epoch=$((fire_epoch + 86400))
deadline=$((fire_epoch + ${FAILOVER_AFTER%s} + 240))
until [[ "$(value "SELECT count(*) FROM batch_job_runs WHERE job_name = 'benchmarks'")" -ge 1 ]]; do
  (( $(date +%s) < deadline )) || die "no server ran the benchmarks timer by $(date -u -d "@$deadline" +%T)"
  sleep 5
done
ran_at="$(value "SELECT to_char(requested_at AT TIME ZONE 'UTC', 'HH24:MI:SS') FROM batch_job_runs WHERE job_name = 'benchmarks'")"
log "the expiration of $fires_at ran at $ran_at UTC, while its owner A was down"

start failover-a "$HTTP_PORT"
sleep 60
runs="$(value "SELECT count(*) FROM batch_job_runs WHERE job_name = 'benchmarks'")"
[[ "$runs" == 1 ]] || die "the benchmarks job ran $runs times"
log "ok: A started again and did not run it a second time (1 run)"
