#!/usr/bin/env bash
# ProjectFlo ledger benchmark: pricing a build of 20 components against 200 recipes, editing it and
# booking it, over HTTP, on a quiet server. Measurement only: nothing passes or fails on a time.
# See bench/README.md ("Ledger"). Run from the repository root or from bench/:  bench/ledger.sh
set -euo pipefail

ITERATIONS="${BENCH_ITERATIONS:-50}"        # measured builds
WARMUP_ITERATIONS="${BENCH_WARMUP_ITERATIONS:-20}" # unmeasured builds first (JIT, pools)
DB_NAME="${BENCH_DB_NAME:-projectflo_bench}"
HTTP_PORT="${BENCH_HTTP_PORT:-9280}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9643}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
DROP_DB="${BENCH_DROP_DB:-0}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}"
DB_HOST="${PROJECTFLO_DB_HOST:-127.0.0.1}"
DB_PORT="${PROJECTFLO_DB_PORT:-5432}"
DB_USER="${PROJECTFLO_DB_USER:-postgres}"
DB_PASSWORD="${PROJECTFLO_DB_PASSWORD:-}"
for knob in ITERATIONS WARMUP_ITERATIONS HTTP_PORT HTTPS_PORT START_TIMEOUT; do
  [[ "${!knob}" =~ ^[0-9]+$ ]] || { echo "ledger.sh: BENCH_${knob} must be a whole number" >&2; exit 2; }
done
(( ITERATIONS > 0 )) || { echo "ledger.sh: BENCH_ITERATIONS must be at least 1" >&2; exit 2; }
[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "ledger.sh: BENCH_DB_NAME '$DB_NAME' is not a plain identifier" >&2; exit 2; }

RESULT_NAME=ledger
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/prologue.sh"

log "ProjectFlo ledger benchmark $TIMESTAMP: $WARMUP_ITERATIONS warm-up + $ITERATIONS measured builds," \
    "database $DB_NAME on $DB_HOST:$DB_PORT, $BASE_URL"
log "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
start_bench_server
ensure_bench_admin
sign_in

read -r DELIVERABLE OPERATOR SCENE RECIPES < <(psql_db -A -t -v suffix="$TIMESTAMP" -f "$BENCH_DIR/ledger-catalog.sql" | grep -E '^[0-9]+ ')
log "catalog: deliverable $DELIVERABLE with 20 default components, $RECIPES recipes; operator $OPERATOR"

python3 "$BENCH_DIR/ledger.py" --base-url "$BASE_URL" --deliverable "$DELIVERABLE" --operator "$OPERATOR" \
  --scene "$SCENE" --iterations "$ITERATIONS" --warmup "$WARMUP_ITERATIONS" --projects-file "$WORK/projects" \
  || die "the ledger driver failed"

PROJECTS="$(cat "$WORK/projects")"
log "per booked build (averages over all $((ITERATIONS + WARMUP_ITERATIONS)) builds):" \
    "$(psql_value "SELECT round(avg(c), 1) || ' components priced, ' FROM (SELECT count(*) c FROM build_components bc
                   JOIN build_deliverables bd ON bd.id = bc.build_deliverable_id JOIN builds b ON b.id = bd.build_id
                   WHERE b.project_id IN ($PROJECTS) GROUP BY b.id) x")" \
    "$(psql_value "SELECT coalesce(round(count(*)::numeric / $((ITERATIONS + WARMUP_ITERATIONS)), 1), 0) || ' tasks generated'
                   FROM tasks WHERE project_id IN ($PROJECTS)")"
log "results written to $RESULT_FILE"
