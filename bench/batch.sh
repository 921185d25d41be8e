#!/usr/bin/env bash
# ProjectFlo batch benchmark: the invoicing job over 100,000 due installments against one
# equivalent INSERT … SELECT, and the benchmarks job over 1,000,000 completed tasks against one
# aggregate upsert, in the same run on the same database. Measurement only: nothing passes or
# fails on a time. See bench/README.md ("Batch jobs"). Run from the repository root: bench/batch.sh
set -euo pipefail

INSTALLMENTS="${BENCH_INSTALLMENTS:-100000}"   # due installments for the job (and as many for SQL)
TASKS="${BENCH_TASKS:-1000000}"                # completed tasks
CHUNK_SIZE="${BENCH_CHUNK_SIZE:-100}"
PARTITIONS="${BENCH_PARTITIONS:-1 2 4}"        # benchmarks job runs, one per partition count
DB_NAME="${BENCH_DB_NAME:-projectflo_batch_bench}"
HTTP_PORT="${BENCH_HTTP_PORT:-9284}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9647}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"
DROP_DB="${BENCH_DROP_DB:-1}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}"
DB_HOST="${PROJECTFLO_DB_HOST:-127.0.0.1}"
DB_PORT="${PROJECTFLO_DB_PORT:-5432}"
DB_USER="${PROJECTFLO_DB_USER:-postgres}"
DB_PASSWORD="${PROJECTFLO_DB_PASSWORD:-}"
for knob in INSTALLMENTS TASKS CHUNK_SIZE HTTP_PORT HTTPS_PORT START_TIMEOUT; do
  [[ "${!knob}" =~ ^[0-9]+$ ]] || { echo "batch.sh: BENCH_${knob} must be a whole number" >&2; exit 2; }
done
[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "batch.sh: bad database name" >&2; exit 2; }
YEAR_JOB=2016
YEAR_SQL=2017

RESULT_NAME=batch
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/prologue.sh"
export PROJECTFLO_BATCH_INVOICING_TIME=off PROJECTFLO_BATCH_BENCHMARKS_TIME=off

[[ "$(ready_status)" != "200" ]] || die "a server already answers on $BASE_URL: this benchmark needs its own"
log "batch benchmark $TIMESTAMP: $INSTALLMENTS installments (chunks of $CHUNK_SIZE), $TASKS completed tasks," \
    "database $DB_NAME"
log "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$PSQL_BIN" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
start_bench_server
ensure_bench_admin
sign_in

log "loading (set-based): $INSTALLMENTS installments due in $YEAR_JOB and as many in $YEAR_SQL, $TASKS tasks"
load_start=$SECONDS
psql_db -v installments="$INSTALLMENTS" -v tasks="$TASKS" -v year_job="$YEAR_JOB" -v year_sql="$YEAR_SQL" \
  -f "$BENCH_DIR/batch-load.sql"
log "loaded in $((SECONDS - load_start)) s"

timed_sql() { # prints the seconds one SQL file takes (psql \timing, server round trip included)
  local file="$1"; shift
  psql_db "$@" -c '\timing on' -f "$file" | awk '/^Time:/ {ms = $2} END {printf "%.3f\n", ms / 1000}'
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }

# A warm-up run of each job over nothing (asOf long past / no new work) so that the JIT and the
# pools are warm before the measured runs.
python3 "$BENCH_DIR/batch.py" --base-url "$BASE_URL" --job invoicing --parameters '{"asOf": "2001-01-01"}' >/dev/null

log "invoicing job, asOf $YEAR_JOB-12-31, chunks of $CHUNK_SIZE"
read -r status wall run steps < <(python3 "$BENCH_DIR/batch.py" --base-url "$BASE_URL" --job invoicing \
  --parameters "{\"asOf\": \"$YEAR_JOB-12-31\", \"chunkSize\": $CHUNK_SIZE}")
[[ "$status" == "COMPLETED" ]] || die "the invoicing job ended $status"
issue_seconds="$(tr ' ' '\n' <<<"$steps" | awk -F: '$1 == "issue-invoices" {print $2}')"
issued="$(tr ' ' '\n' <<<"$steps" | awk -F: '$1 == "issue-invoices" {print $3}')"
log "  job: $status, wall ${wall} s, run ${run} s; steps $steps"
sql_seconds="$(timed_sql "$BENCH_DIR/invoicing-baseline.sql" -v as_of="$YEAR_SQL-12-31")"
sql_issued="$(psql_value "SELECT count(*) FROM invoices WHERE invoice_number LIKE 'PF-$YEAR_SQL-%'")"
log "  one INSERT … SELECT: $sql_issued invoices in ${sql_seconds} s"
log "  INVOICING: job issue step ${issue_seconds} s for $issued invoices" \
    "($(python3 -c "print(f'{$issued / $issue_seconds:.0f}')") /s) vs statement ${sql_seconds} s" \
    "($(python3 -c "print(f'{$sql_issued / $sql_seconds:.0f}')") /s): ratio $(ratio "$issue_seconds" "$sql_seconds")"

for partitions in $PARTITIONS; do
  psql_db -c "TRUNCATE contributor_task_benchmarks" -c "VACUUM ANALYZE contributor_task_benchmarks"
  read -r status wall run steps < <(python3 "$BENCH_DIR/batch.py" --base-url "$BASE_URL" --job benchmarks \
    --parameters "{\"partitions\": $partitions}")
  [[ "$status" == "COMPLETED" ]] || die "the benchmarks job ended $status"
  step_seconds="$(tr ' ' '\n' <<<"$steps" | awk -F: '$1 == "recompute-benchmarks" {print $2}')"
  log "  benchmarks job, $partitions partition(s): wall ${wall} s, step ${step_seconds} s," \
      "$(psql_value "SELECT count(*) FROM contributor_task_benchmarks") averages"
  eval "job_seconds_$partitions=$step_seconds"
done
psql_db -c "TRUNCATE contributor_task_benchmarks" -c "VACUUM ANALYZE contributor_task_benchmarks"
upsert_seconds="$(timed_sql "$BENCH_DIR/benchmarks-baseline.sql")"
log "  one aggregate upsert: ${upsert_seconds} s, $(psql_value "SELECT count(*) FROM contributor_task_benchmarks") averages"
for partitions in $PARTITIONS; do
  seconds_var="job_seconds_$partitions"
  log "  BENCHMARKS: job with $partitions partition(s) ${!seconds_var} s vs upsert ${upsert_seconds} s:" \
      "ratio $(ratio "${!seconds_var}" "$upsert_seconds")"
done
log "results written to $RESULT_FILE"
