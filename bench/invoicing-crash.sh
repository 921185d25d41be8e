#!/usr/bin/env bash
# Crash test of the invoicing job: starts a long invoicing run, kills the server with `kill -9` in
# the middle of it, starts the server again, restarts the job execution and checks that every due
# installment ends with exactly one invoice and that the year's invoice numbers have no gap.
# Exit status 0 only when every invariant holds. Run by CI (.ci/run) after the tests, or by hand:
#   bench/invoicing-crash.sh            (BENCH_SKIP_BUILD=1 to use the last build)
set -euo pipefail

INSTALLMENTS="${CRASH_INSTALLMENTS:-8000}"   # due installments the run invoices
CHUNK_SIZE="${CRASH_CHUNK_SIZE:-50}"
KILL_AT_PERCENT="${CRASH_KILL_AT_PERCENT:-30}" # kill once this share is written
DB_NAME="${CRASH_DB_NAME:-projectflo_crash}"
HTTP_PORT="${CRASH_HTTP_PORT:-9282}"
HTTPS_PORT="${CRASH_HTTPS_PORT:-9645}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
DROP_DB=1
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}"
DB_HOST="${PROJECTFLO_DB_HOST:-127.0.0.1}"
DB_PORT="${PROJECTFLO_DB_PORT:-5432}"
DB_USER="${PROJECTFLO_DB_USER:-postgres}"
DB_PASSWORD="${PROJECTFLO_DB_PASSWORD:-}"
for knob in INSTALLMENTS CHUNK_SIZE KILL_AT_PERCENT HTTP_PORT HTTPS_PORT START_TIMEOUT; do
  [[ "${!knob}" =~ ^[0-9]+$ ]] || { echo "invoicing-crash.sh: $knob must be a whole number" >&2; exit 2; }
done
[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "invoicing-crash.sh: bad database name" >&2; exit 2; }
AS_OF="2019-06-30"   # a year of its own: every PF-2019 number comes from this run
YEAR="${AS_OF:0:4}"

RESULT_NAME=invoicing-crash
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/prologue.sh"
# No nightly run may start on its own during the test.
export PROJECTFLO_BATCH_INVOICING_TIME=off PROJECTFLO_BATCH_BENCHMARKS_TIME=off

[[ "$(ready_status)" != "200" ]] || die "a server already answers on $BASE_URL: this test needs its own"
log "invoicing crash test $TIMESTAMP: $INSTALLMENTS due installments, chunks of $CHUNK_SIZE," \
    "kill -9 at ${KILL_AT_PERCENT}%, database $DB_NAME"
"$PSQL_BIN" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"

json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }
api() { curl -s --max-time 30 -H "$AUTH_HEADER" -H 'Content-Type: application/json' "$@"; }
execution() { api "$BASE_URL/api/batch/executions/$1"; }
written() { execution "$1" | json 'next((s["itemsWritten"] for s in d.get("steps", []) if s["name"] == "issue-invoices"), 0)'; }
status_of() { execution "$1" | json 'd["status"]'; }
start_server_again() {
  log "starting the server again"
  ./mvnw -B -q -pl projectflo-ear liberty:start >>"$MAVEN_LOG" 2>&1 || { tail -40 "$MAVEN_LOG"; die "liberty:start failed"; }
  local deadline=$((SECONDS + START_TIMEOUT))
  until [[ "$(ready_status)" == "200" ]]; do
    (( SECONDS < deadline )) || die "/health/ready not 200 after ${START_TIMEOUT}s"
    sleep 1
  done
  LIBERTY_PID="$(cat "$SERVER_DIR/../.pid/projectflo.pid")"
}

start_bench_server
ensure_bench_admin
sign_in
[[ -n "${LIBERTY_PID:-}" && -d "/proc/$LIBERTY_PID" ]] || die "cannot find the server's process"

jobs="$(api "$BASE_URL/api/batch/jobs")"
log "nightly schedule as configured here: $(json '[(j["name"], j.get("nightlyAt", "off")) for j in d]' <<<"$jobs")"

log "loading $INSTALLMENTS due installments (one INSERT … SELECT)"
psql_db -v n="$INSTALLMENTS" -v year="$YEAR" <<'SQL'
WITH c AS (
  INSERT INTO contacts (first_name, last_name, email, type)
  SELECT 'Crash', 'Couple ' || g, 'crash-' || g || '@couples.invalid', 'Client'
    FROM generate_series(1, ceil(:n / 4.0)::int) g RETURNING id),
cl AS (INSERT INTO clients (contact_id) SELECT id FROM c RETURNING id, contact_id),
p AS (INSERT INTO projects (client_id, project_name, wedding_date)
      SELECT id, 'Crash wedding ' || id, make_date(:year + 1, 6, 1) FROM cl RETURNING id, client_id),
b AS (INSERT INTO builds (client_id, project_id, status, approved_price, live_price)
      SELECT client_id, id, 'Booked', 400.00, 400.00 FROM p RETURNING id, project_id)
INSERT INTO payment_installments (build_id, project_id, sequence, label, due_date, amount)
SELECT b.id, b.project_id, s, 'Part ' || s, make_date(:year, s, 10), 100.00 + s
  FROM b CROSS JOIN generate_series(1, 4) s
 ORDER BY b.id, s
 LIMIT :n;
SQL

started="$(api -X POST -d "{\"parameters\": {\"asOf\": \"$AS_OF\", \"chunkSize\": $CHUNK_SIZE}}" \
            "$BASE_URL/api/batch/jobs/invoicing/executions")"
EXECUTION="$(json 'd["executionId"]' <<<"$started")" || die "could not start the job: $started"
KILL_AT=$(( INSTALLMENTS * KILL_AT_PERCENT / 100 ))
log "execution $EXECUTION started; waiting until $KILL_AT invoices are written"
deadline=$((SECONDS + 600))
while :; do
  done_so_far="$(written "$EXECUTION")"
  (( done_so_far >= KILL_AT )) && break
  [[ "$(status_of "$EXECUTION")" =~ ^(STARTING|STARTED)$ ]] || die "the run ended before the kill (too few installments?)"
  (( SECONDS < deadline )) || die "the run did not get to $KILL_AT in time"
  sleep 0.2
done
log "kill -9 $LIBERTY_PID with $done_so_far invoices written (checkpointed)"
kill -9 "$LIBERTY_PID"
while [[ -d "/proc/$LIBERTY_PID" ]]; do sleep 0.1; done

before_restart="$(psql_value "SELECT count(*) FROM payment_installments WHERE invoice_id IS NOT NULL")"
log "after the kill: $before_restart installments invoiced, in whole chunks of the dead run"

start_server_again
sign_in
deadline=$((SECONDS + 120))
until [[ "$(status_of "$EXECUTION")" =~ ^(FAILED|STOPPED)$ ]]; do
  (( SECONDS < deadline )) || die "execution $EXECUTION is still $(status_of "$EXECUTION") after the restart"
  sleep 1
done
log "the killed execution $EXECUTION is now $(status_of "$EXECUTION")"

restarted="$(api -X POST "$BASE_URL/api/batch/executions/$EXECUTION/restart")"
RESTART="$(json 'd["executionId"]' <<<"$restarted")" || die "could not restart: $restarted"
log "restarted as execution $RESTART"
deadline=$((SECONDS + 900))
until [[ "$(status_of "$RESTART")" =~ ^(COMPLETED|FAILED|STOPPED|ABANDONED)$ ]]; do
  (( SECONDS < deadline )) || die "the restarted execution did not end in time"
  sleep 1
done
final="$(execution "$RESTART")"
log "restarted execution: $(json '(d["status"], [(s["name"], s["status"], s["itemsRead"], s["itemsWritten"]) for s in d["steps"]])' <<<"$final")"
[[ "$(json 'd["status"]' <<<"$final")" == "COMPLETED" ]] || die "the restarted execution did not complete"

log "checking the invariants"
failures=0
check() {
  local what="$1" actual="$2" expected="$3"
  if [[ "$actual" == "$expected" ]]; then
    log "  ok   $what = $actual"
  else
    log "  FAIL $what = $actual, expected $expected"
    failures=$((failures + 1))
  fi
}
check "installments without invoice" \
  "$(psql_value "SELECT count(*) FROM payment_installments WHERE invoice_id IS NULL")" 0
check "invoices" "$(psql_value "SELECT count(*) FROM invoices")" "$INSTALLMENTS"
check "invoices without installment" \
  "$(psql_value "SELECT count(*) FROM invoices v WHERE NOT EXISTS (SELECT 1 FROM payment_installments i WHERE i.invoice_id = v.id)")" 0
check "distinct invoice numbers" "$(psql_value "SELECT count(DISTINCT invoice_number) FROM invoices WHERE invoice_number LIKE 'PF-$YEAR-%'")" "$INSTALLMENTS"
check "highest number" "$(psql_value "SELECT max(CAST(substring(invoice_number from 9) AS int)) FROM invoices WHERE invoice_number LIKE 'PF-$YEAR-%'")" "$INSTALLMENTS"
check "counter" "$(psql_value "SELECT last_number FROM invoice_number_counters WHERE year = $YEAR")" "$INSTALLMENTS"
check "invoice totals = installment amounts" \
  "$(psql_value "SELECT count(*) FROM payment_installments i JOIN invoices v ON v.id = i.invoice_id WHERE v.total_amount <> i.amount OR v.issue_date <> DATE '$AS_OF'")" 0
check "audit rows invoice.issue" "$(psql_value "SELECT count(*) FROM audit_log WHERE action = 'invoice.issue'")" "$INSTALLMENTS"
(( failures == 0 )) || die "$failures invariant(s) broken"
log "all invariants hold; results in $RESULT_FILE"
