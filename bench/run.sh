#!/usr/bin/env bash
# ProjectFlo contacts benchmark: PostgreSQL's own single-row read rate (pgbench) against the HTTP API
# (wrk) at 1,000 and 1,000,000 contacts. Measurement only: nothing here passes or fails on a time.
# See bench/README.md. Run from the repository root or from bench/:  bench/run.sh
set -euo pipefail

# --- knobs ------------------------------------------------------------------------------------------
DURATION="${BENCH_DURATION:-15}"            # seconds per measurement
WARMUP="${BENCH_WARMUP:-5}"                 # seconds of unmeasured load before each wrk measurement
JVM_WARMUP="${BENCH_JVM_WARMUP:-90}"        # seconds of unmeasured HTTP load once, before the first one
SIZES="${BENCH_SIZES:-1000 1000000}"        # row counts, ascending; each load adds to the previous one
THREADS="${BENCH_THREADS:-2}"               # wrk threads / pgbench -j
CONNECTIONS="${BENCH_CONNECTIONS:-8}"       # wrk connections / pgbench -c
PAGE_SIZE="${BENCH_PAGE_SIZE:-50}"          # limit= of the list measurements
DB_NAME="${BENCH_DB_NAME:-projectflo_bench}" # never PROJECTFLO_DB_NAME: the bench truncates contacts
HTTP_PORT="${BENCH_HTTP_PORT:-9280}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9643}"
SKIP_BUILD="${BENCH_SKIP_BUILD:-0}"         # 1: no `mvnw install`, start the server as built
DROP_DB="${BENCH_DROP_DB:-0}"               # 1: drop the bench database after stopping our server
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}" # seconds to wait for /health/ready
DB_HOST="${PROJECTFLO_DB_HOST:-127.0.0.1}"
DB_PORT="${PROJECTFLO_DB_PORT:-5432}"
DB_USER="${PROJECTFLO_DB_USER:-postgres}"
DB_PASSWORD="${PROJECTFLO_DB_PASSWORD:-}"

for knob in DURATION WARMUP JVM_WARMUP THREADS CONNECTIONS PAGE_SIZE HTTP_PORT HTTPS_PORT START_TIMEOUT; do
  [[ "${!knob}" =~ ^[0-9]+$ ]] || { echo "run.sh: BENCH_${knob} must be a whole number" >&2; exit 2; }
done
for size in $SIZES; do
  [[ "$size" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: BENCH_SIZES holds row counts, not '$size'" >&2; exit 2; }
done
[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "run.sh: BENCH_DB_NAME '$DB_NAME' is not a plain identifier" >&2; exit 2; }

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"
SERVER_DIR="$ROOT/projectflo-ear/target/liberty/wlp/usr/servers/projectflo"
MESSAGES_LOG="$SERVER_DIR/logs/messages.log"
BASE_URL="http://127.0.0.1:${HTTP_PORT}"

TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS_DIR="$BENCH_DIR/results"
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$TIMESTAMP.txt"
MAVEN_LOG="$RESULTS_DIR/$TIMESTAMP-maven.log"
WORK="$(mktemp -d)"
touch "$WORK/start-marker"
exec > >(tee -a "$RESULT_FILE") 2>&1

source "$BENCH_DIR/lib.sh"

command -v wrk >/dev/null || apt_install wrk
command -v curl >/dev/null || apt_install curl
command -v python3 >/dev/null || die "python3 is required"
PSQL_BIN="${PSQL:-$(find_pg_program psql || true)}"
if [[ -z "$PSQL_BIN" ]]; then
  apt_install postgresql-client
  PSQL_BIN="$(find_pg_program psql)" || die "psql not found"
fi
PGBENCH_BIN="${PGBENCH:-$(find_pg_program pgbench || true)}"
[[ -n "$PGBENCH_BIN" ]] || die "pgbench not found: on Debian it comes with the postgresql-15 package (/usr/lib/postgresql/15/bin/pgbench); or set PGBENCH=/path/to/pgbench"


# --- CPU accounting ---------------------------------------------------------------------------------
LIBERTY_PID=""
# Snapshot of CPU ticks: the whole machine and every process (kernel threads left out).
cpu_snapshot() {
  python3 - "$LIBERTY_PID" >"$1" <<'PY'
import json, os, sys
liberty = sys.argv[1]
with open("/proc/stat") as f:
    fields = [int(x) for x in f.readline().split()[1:]]
total, idle = sum(fields[:8]), fields[3] + fields[4]
procs = {}
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        continue
    comm = stat[stat.index("(") + 1:stat.rindex(")")]
    rest = stat[stat.rindex(")") + 2:].split()
    if int(rest[1]) == 2 or pid == "2":   # kernel threads (softirq work of loopback TCP and co.)
        continue
    procs[pid] = [comm, int(rest[11]) + int(rest[12])]
json.dump({"total": total, "idle": idle, "procs": procs, "liberty": liberty}, sys.stdout)
PY
}
# Prints "busy java postgres others" as percentages of the whole machine between two snapshots
# (others: processes other than Liberty, PostgreSQL and the load generators wrk/pgbench, e.g. a build
# running next to the benchmark), plus the CPU milliseconds per request of the JVM and of PostgreSQL.
cpu_delta() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, os, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
requests = float(sys.argv[3]) or 1.0
hz = float(os.sysconf("SC_CLK_TCK"))
total = (b["total"] - a["total"]) or 1
busy = 100.0 * (total - (b["idle"] - a["idle"])) / total
def ticks(pred):
    return sum(t - a["procs"].get(pid, [None, 0])[1] for pid, (comm, t) in b["procs"].items() if pred(pid, comm))
java = ticks(lambda pid, comm: pid == b["liberty"])
pg = ticks(lambda pid, comm: comm == "postgres")
others = ticks(lambda pid, comm: pid != b["liberty"] and comm not in ("postgres", "wrk", "pgbench"))
print(f"{busy:.0f} {100.0 * java / total:.0f} {100.0 * pg / total:.0f} {100.0 * others / total:.0f} "
      f"{1000.0 * java / hz / requests:.3f} {1000.0 * pg / hz / requests:.3f}")
PY
}


log "ProjectFlo benchmark $TIMESTAMP: sizes [$SIZES], ${DURATION}s per measurement (+${WARMUP}s warm-up; ${JVM_WARMUP}s JVM warm-up once)," \
    "${THREADS} threads, ${CONNECTIONS} connections, database $DB_NAME on $DB_HOST:$DB_PORT, $BASE_URL"
log "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GiB RAM"
log "tools: $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); $("$PGBENCH_BIN" --version); $("$PSQL_BIN" --version); $(java -version 2>&1 | head -1)"

# The machine should be quiet: Liberty, PostgreSQL and the load generator share its CPUs.
cpu_snapshot "$WORK/idle.before"; sleep 3; cpu_snapshot "$WORK/idle.after"
read -r idle_busy _ < <(cpu_delta "$WORK/idle.before" "$WORK/idle.after" 1)
idle_busy="${idle_busy%%.*}"
log "CPU busy before the run: ${idle_busy}% (load average $(cut -d' ' -f1-3 /proc/loadavg))"
(( idle_busy < 15 )) || log "WARNING: the machine is not idle; other processes will disturb the figures"

start_bench_server


[[ "$(psql_value "SELECT to_regclass('public.contacts') IS NOT NULL")" == "t" ]] \
  || die "database $DB_NAME has no contacts table (is the server using it?)"

# --- data -------------------------------------------------------------------------------------------
# Brings contacts to ids 1..target: TRUNCATE on the first call of a run (or when the table is not
# 1..n), then adds the missing ids with load-contacts.sql (one INSERT ... SELECT over generate_series).
TRUNCATED=0
load_contacts() {
  local target="$1" current started
  current="$(psql_value "SELECT coalesce(max(id), 0) || ' ' || count(*) FILTER (WHERE id > 0) FROM contacts")"
  if [[ "$TRUNCATED" -eq 0 || "${current% *}" != "${current#* }" || "${current% *}" -gt "$target" ]]; then
    log "TRUNCATE contacts RESTART IDENTITY CASCADE (had ${current#* } rows)"
    psql_db -c "SET client_min_messages = warning" -c "TRUNCATE contacts RESTART IDENTITY CASCADE"
    TRUNCATED=1
    current="0 0"
  fi
  current="${current% *}"
  if (( current < target )); then
    log "loading contacts $((current + 1))..$target"
    started=$SECONDS
    psql_db -v from_id="$((current + 1))" -v to_id="$target" -f "$BENCH_DIR/load-contacts.sql" >/dev/null
    log "  inserted in $((SECONDS - started))s"
  fi
  started=$SECONDS
  psql_db -c "VACUUM (ANALYZE) contacts"
  psql_db -c "CHECKPOINT" 2>/dev/null || true
  log "  vacuum analyze + checkpoint in $((SECONDS - started))s;" \
      "$(psql_value "SELECT count(*) || ' rows, ' || count(*) FILTER (WHERE archived_at IS NOT NULL) || ' archived, table '
                      || pg_size_pretty(pg_table_size('contacts')) || ', indexes ' || pg_size_pretty(pg_indexes_size('contacts'))
                     FROM contacts")"
  ensure_bench_admin
  sign_in
  # The server must read the database we loaded (an already running one could use another).
  local from_db from_api
  from_db="$(psql_value "SELECT email FROM contacts WHERE id = $target")"
  from_api="$(curl -s --max-time 10 -H "$AUTH_HEADER" "$BASE_URL/api/contacts/$target" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("email"))' || true)"
  [[ "$from_db" == "$from_api" ]] || die "the server on $BASE_URL does not read $DB_NAME (contact $target: '$from_api' from the API, '$from_db' in the database)"
}

# --- measurements -----------------------------------------------------------------------------------
declare -A R   # results: R[<size>.<measure>.<field>]

run_pgbench() {
  local key="$1" script="$2" rows="$3" out="$WORK/pgbench.out"
  log "pgbench $(basename "$script"): -c $CONNECTIONS -j $THREADS -T $DURATION -M prepared, rows=$rows"
  local TIMEFORMAT='%U %S'
  cpu_snapshot "$WORK/cpu.before"
  { time "$PGBENCH_BIN" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
      -D rows="$rows" -f "$script" "$DB_NAME" >"$out" 2>&1; } 2>"$WORK/time.out" \
    || { cat "$out"; die "pgbench failed"; }
  cpu_snapshot "$WORK/cpu.after"
  local busy others
  read -r busy _ _ others _ < <(cpu_delta "$WORK/cpu.before" "$WORK/cpu.after" 1)
  R[$key.other]=$others
  sed 's/^/    /' "$out" | grep -E 'transactions actually processed|failed|latency average|tps =' || true
  R[$key.tps]="$(awk '/^tps = / {printf "%.0f", $3; exit}' "$out")"
  R[$key.lat_ms]="$(awk '/^latency average = / {print $4; exit}' "$out")"
  R[$key.client_cpu]="$(awk -v d="$DURATION" '{printf "%.0f", 100 * ($1 + $2) / d / '"$(nproc)"'}' "$WORK/time.out")"
  log "  => ${R[$key.tps]} tps, average latency ${R[$key.lat_ms]} ms; machine busy ${busy}%," \
      "of which the pgbench client ${R[$key.client_cpu]}% and other processes ${others}%"
  (( others < 10 )) || log "  WARNING: other processes took ${others}% of the machine during this measurement: it is disturbed"
}

# run_wrk <key> <lua script> <path or "" > [args after --]
run_wrk() {
  local key="$1" script="$2" url="$BASE_URL$3" out="$WORK/wrk.out"
  shift 3
  sign_in
  if (( WARMUP > 0 )); then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$script" "$url" -- "$@" >"$WORK/warmup.out" 2>&1 \
      || { cat "$WORK/warmup.out"; die "wrk warm-up failed"; }
  fi
  log "wrk $(basename "$script") $* : -t$THREADS -c$CONNECTIONS -d${DURATION}s"
  cpu_snapshot "$WORK/cpu.before"
  local TIMEFORMAT='%U %S'
  { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" -- "$@" >"$out" 2>&1; } \
    2>"$WORK/time.out" || { cat "$out"; die "wrk failed"; }
  cpu_snapshot "$WORK/cpu.after"
  sed -n '/Latency Distribution/,/Transfer/p' "$out" | sed 's/^/    /'
  grep -E 'Non-2xx|Socket errors' "$out" | sed 's/^/    /' || true
  local line field
  line="$(grep '^BENCH_RESULT' "$out")" || { cat "$out"; die "no BENCH_RESULT line from wrk"; }
  for field in ${line#BENCH_RESULT }; do
    R[$key.${field%%=*}]="${field#*=}"
  done
  local busy java pg others java_ms pg_ms
  read -r busy java pg others java_ms pg_ms < <(cpu_delta "$WORK/cpu.before" "$WORK/cpu.after" "${R[$key.requests]}")
  R[$key.busy]=$busy R[$key.java]=$java R[$key.pg]=$pg R[$key.java_ms]=$java_ms R[$key.pg_ms]=$pg_ms R[$key.other]=$others
  R[$key.wrk_cpu]="$(awk -v d="$DURATION" '{printf "%.0f", 100 * ($1 + $2) / d / '"$(nproc)"'}' "$WORK/time.out")"
  local errors=$(( ${R[$key.errors_connect]} + ${R[$key.errors_read]} + ${R[$key.errors_write]} + ${R[$key.errors_status]} + ${R[$key.errors_timeout]} ))
  R[$key.errors]=$errors
  log "  => ${R[$key.rps]} req/s, p50 ${R[$key.p50_ms]} ms, p99 ${R[$key.p99_ms]} ms, max ${R[$key.max_ms]} ms;" \
      "errors $errors; machine busy ${R[$key.busy]}% = JVM ${R[$key.java]}% + PostgreSQL ${R[$key.pg]}% + wrk ${R[$key.wrk_cpu]}% + other processes ${R[$key.other]}%;" \
      "CPU per request: JVM ${R[$key.java_ms]} ms, PostgreSQL ${R[$key.pg_ms]} ms"
  (( errors == 0 )) || log "  WARNING: $errors failed requests (non-2xx or socket errors) in this measurement"
  (( ${R[$key.other]} < 10 )) || log "  WARNING: other processes took ${R[$key.other]}% of the machine during this measurement: it is disturbed"
}

# The (sort_key, id) key of the active contact at a given position of the list order, as the
# API's opaque cursor (base64url of the JSON array [sortKey, id], no padding).
cursor_at() {
  local offset="$1" key
  key="$(psql_value "SELECT json_build_array(sort_key, id) FROM contacts WHERE archived_at IS NULL
                     ORDER BY sort_key, id OFFSET $offset LIMIT 1")"
  python3 -c 'import base64,json,sys; k=json.loads(sys.argv[1]); print(base64.urlsafe_b64encode(json.dumps(k, separators=(",",":"), ensure_ascii=False).encode()).decode().rstrip("="))' "$key"
}

# Fetches one list page with curl; prints "<item count> <first id> <last id> <nextCursor or ->".
fetch_page() {
  curl -s --fail-with-body --max-time 30 -H "$AUTH_HEADER" -G "$BASE_URL/api/contacts" --data-urlencode "limit=$PAGE_SIZE" \
    ${1:+--data-urlencode "cursor=$1"} \
  | python3 -c 'import json,sys
p=json.load(sys.stdin); items=p["items"]
print(len(items), items[0]["id"] if items else "-", items[-1]["id"] if items else "-", p.get("nextCursor") or "-")'
}

# Walks the first pages with nextCursor (checking that the keyset pagination does not repeat or skip),
# then jumps to the middle of the data and follows nextCursor from there: DEEP_CURSOR is a cursor the
# API itself returned, about half-way through the list.
prepare_cursors() {
  local active page cursor="" seen="" i count first last next expected
  active="$(psql_value "SELECT count(*) FROM contacts WHERE archived_at IS NULL")"
  for i in 1 2 3; do
    read -r count first last next < <(fetch_page "$cursor")
    expected="$(psql_value "SELECT id FROM contacts WHERE archived_at IS NULL ORDER BY sort_key, id OFFSET $(( (i - 1) * PAGE_SIZE )) LIMIT 1")"
    [[ "$first" == "$expected" ]] || die "list page $i starts at contact $first, the database order says $expected"
    [[ "$next" != "-" ]] || break
    cursor="$next"
  done
  local middle=$(( active / 2 ))
  cursor="$(cursor_at "$middle")"
  read -r count first last next < <(fetch_page "$cursor")
  expected="$(psql_value "SELECT id FROM contacts WHERE archived_at IS NULL ORDER BY sort_key, id OFFSET $((middle + 1)) LIMIT 1")"
  [[ "$first" == "$expected" ]] || die "the page after row $middle starts at contact $first, the database order says $expected"
  [[ "$next" != "-" ]] || die "no nextCursor half-way through the list"
  DEEP_CURSOR="$next"
  DEEP_POSITION=$(( middle + 1 + PAGE_SIZE ))
  log "deep page: after row $DEEP_POSITION of $active active contacts, cursor $DEEP_CURSOR"
}

# The list queries as EclipseLink sends them (captured from pg_stat_activity), with the plan PostgreSQL
# picks at this size; for the record, not for the summary.
explain_list_queries() {
  local deep_key deep_id
  read -r deep_key deep_id < <(python3 -c 'import base64,json,sys; c=sys.argv[1]; k=json.loads(base64.urlsafe_b64decode(c + "=" * (-len(c) % 4))); print(k[0].replace(" ", "\x01"), k[1])' "$DEEP_CURSOR")
  deep_key="${deep_key//$'\x01'/ }"
  deep_key="${deep_key//\'/\'\'}"
  # The statements as ContactRepository.findPage makes EclipseLink send them.
  local cols="ID AS a1, archived_at AS a2, company_name AS a3, email AS a4, first_name AS a5, last_name AS a6, phone_number AS a7, search_text AS a8, sort_key AS a9, type AS a10, version AS a11"
  log "plans of the list queries (EXPLAIN ANALYZE, BUFFERS):"
  psql_db -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT $cols FROM contacts WHERE (archived_at IS NULL) ORDER BY sort_key, ID LIMIT $((PAGE_SIZE + 1)) OFFSET 0" \
          -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT $cols FROM contacts WHERE ((archived_at IS NULL) AND (sort_key, ID) > ('$deep_key', $deep_id)) ORDER BY sort_key, ID LIMIT $((PAGE_SIZE + 1)) OFFSET 0" \
    | sed 's/^/    /'
}

# A freshly started Liberty needs a minute or more of load before the JIT has compiled the request
# path (measured: GET by id goes from ~900 to ~6,000 req/s over the first 60 s; the list from ~1,300
# to ~3,200 req/s over 35 s). Without this the first size would measure the JIT, not the application.
JVM_WARMED=0
jvm_warmup() {
  (( JVM_WARMED == 0 && JVM_WARMUP > 0 )) || return 0
  JVM_WARMED=1
  local rows="$1" part=$(( (JVM_WARMUP + 3) / 4 )) next
  sign_in
  log "warming the JVM up: ${JVM_WARMUP}s of unmeasured HTTP load (by id, first page, next pages)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((2 * part))s" -s "$BENCH_DIR/random-contact.lua" "$BASE_URL" -- "$rows" >"$WORK/warmup.out" 2>&1 \
    || { cat "$WORK/warmup.out"; die "wrk warm-up failed"; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${part}s" -s "$BENCH_DIR/list-page.lua" "$BASE_URL" -- "/api/contacts?limit=$PAGE_SIZE" >"$WORK/warmup.out" 2>&1 \
    || { cat "$WORK/warmup.out"; die "wrk warm-up failed"; }
  read -r _ _ _ next < <(fetch_page "")
  if [[ "$next" != "-" ]]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${part}s" -s "$BENCH_DIR/list-page.lua" "$BASE_URL" -- "/api/contacts?limit=$PAGE_SIZE&cursor=$next" >"$WORK/warmup.out" 2>&1 \
      || { cat "$WORK/warmup.out"; die "wrk warm-up failed"; }
  fi
}

measure_size() {
  local rows="$1"
  echo
  log "===== $rows contacts ====="
  load_contacts "$rows"
  run_pgbench "$rows.pg" "$BENCH_DIR/pgbench-contact-by-id.sql" "$rows"
  run_pgbench "$rows.pgtx" "$BENCH_DIR/pgbench-contact-by-id-tx.sql" "$rows"
  jvm_warmup "$rows"
  run_wrk "$rows.byid" "$BENCH_DIR/random-contact.lua" "" "$rows"
  run_wrk "$rows.first" "$BENCH_DIR/list-page.lua" "" "/api/contacts?limit=$PAGE_SIZE"
  prepare_cursors
  run_wrk "$rows.deep" "$BENCH_DIR/list-page.lua" "" "/api/contacts?limit=$PAGE_SIZE&cursor=$DEEP_CURSOR"
  explain_list_queries
}

for size in $SIZES; do
  measure_size "$size"
done

# --- summary ----------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
echo
log "===== summary ($TIMESTAMP; $(nproc) CPUs shared by Liberty, PostgreSQL and the load generator;" \
    "${DURATION}s per measurement, $CONNECTIONS connections) ====="
for size in $SIZES; do
  R[$size.errors_total]=$(( ${R[$size.byid.errors]:-0} + ${R[$size.first.errors]:-0} + ${R[$size.deep.errors]:-0} ))
done
{
  printf '%-44s' "measure"
  for size in $SIZES; do printf '%16s' "$size rows"; done
  printf '\n'
  for spec in "pgbench by id, tps (SELECT only)|pg.tps" \
              "pgbench by id, tps (BEGIN; SELECT; COMMIT)|pgtx.tps" \
              "HTTP GET /contacts/{id}, req/s|byid.rps" \
              "HTTP GET /contacts/{id}, p50 ms|byid.p50_ms" \
              "HTTP GET /contacts/{id}, p99 ms|byid.p99_ms" \
              "HTTP by id, JVM CPU ms/request|byid.java_ms" \
              "HTTP by id, PostgreSQL CPU ms/request|byid.pg_ms" \
              "list first page, req/s|first.rps" \
              "list first page, p50 ms|first.p50_ms" \
              "list first page, p99 ms|first.p99_ms" \
              "list first page, JVM CPU ms/request|first.java_ms" \
              "list deep page (middle), req/s|deep.rps" \
              "list deep page (middle), p50 ms|deep.p50_ms" \
              "list deep page (middle), p99 ms|deep.p99_ms" \
              "failed HTTP requests (all measurements)|errors_total" \
              "CPU % of other processes (pgbench)|pg.other" \
              "CPU % of other processes (by id)|byid.other" \
              "CPU % of other processes (first page)|first.other" \
              "CPU % of other processes (deep page)|deep.other"; do
    printf '%-44s' "${spec%%|*}"
    for size in $SIZES; do printf '%16s' "${R[$size.${spec#*|}]:--}"; done
    printf '\n'
  done
  printf '%-44s' "ratio HTTP by-id req/s / pgbench tps"
  for size in $SIZES; do printf '%16s' "$(ratio "${R[$size.byid.rps]}" "${R[$size.pg.tps]}")"; done
  printf '\n'
  printf '%-44s' "ratio HTTP by-id req/s / pgbench tx tps"
  for size in $SIZES; do printf '%16s' "$(ratio "${R[$size.byid.rps]}" "${R[$size.pgtx.tps]}")"; done
  printf '\n'
} | tee "$WORK/table"
read -r -a size_list <<<"$SIZES"
if (( ${#size_list[@]} >= 2 )); then
  small="${size_list[0]}" large="${size_list[-1]}"
  echo "latency ratio ${large}/${small} rows: first page p50 $(ratio "${R[$large.first.p50_ms]}" "${R[$small.first.p50_ms]}")," \
       "p99 $(ratio "${R[$large.first.p99_ms]}" "${R[$small.first.p99_ms]}");" \
       "deep page p50 $(ratio "${R[$large.deep.p50_ms]}" "${R[$small.deep.p50_ms]}")," \
       "p99 $(ratio "${R[$large.deep.p99_ms]}" "${R[$small.deep.p99_ms]}");" \
       "by id p50 $(ratio "${R[$large.byid.p50_ms]}" "${R[$small.byid.p50_ms]}")"
fi

# --- server log -------------------------------------------------------------------------------------
echo
if [[ -f "$MESSAGES_LOG" ]]; then
  tail -n +"$LOG_START_LINE" "$MESSAGES_LOG" > "$WORK/messages.new" || true
  problems="$(grep -cE '^\[[^]]*\] [0-9a-f]+ +[^ ]+ +[EWF] ' "$WORK/messages.new" || true)"
  log "server log during this run: $(wc -l <"$WORK/messages.new") new lines, $problems warnings/errors"
  grep -E '^\[[^]]*\] [0-9a-f]+ +[^ ]+ +[EWF] ' "$WORK/messages.new" | head -20 | sed 's/^/    /' || true
else
  log "server log $MESSAGES_LOG not found (server not started by this script?)"
fi
if [[ -d "$SERVER_DIR/logs/ffdc" ]]; then
  ffdc="$(find "$SERVER_DIR/logs/ffdc" -type f -name 'ffdc_*' -newer "$WORK/start-marker" | sort)"
  if [[ -n "$ffdc" ]]; then
    log "FFDC incidents during this run ($(wc -l <<<"$ffdc")):"
    while read -r f; do
      printf '    %s: %s\n' "$(basename "$f")" "$(grep -m1 '^Stack Dump = ' "$f" | cut -c14-220)"
    done <<<"$ffdc"
  else
    log "no FFDC incidents during this run"
  fi
fi
log "results written to $RESULT_FILE"
