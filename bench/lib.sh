# Shared by the bench scripts (sourced, not run): logging, tool lookup, the server start/stop and
# the bench administrator. The caller sets DB_NAME, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD,
# HTTP_PORT, HTTPS_PORT, SKIP_BUILD, DROP_DB, START_TIMEOUT, ROOT, SERVER_DIR, MESSAGES_LOG,
# BASE_URL, MAVEN_LOG, RESULT_FILE and WORK, and PSQL_BIN once the tools are found.

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "ERROR: $*"; exit 1; }

# --- tools ------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || die "$* missing and not root: install it (apt-get install $*)"
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null || die "$* missing and no apt-get: install it by hand"
  log "installing $* (apt-get)"
  if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$@" >"$WORK/apt.log" 2>&1; then
    if [[ "$APT_UPDATED" -eq 0 ]]; then
      "${sudo[@]}" apt-get update -q >>"$WORK/apt.log" 2>&1 || true
      APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$@" >>"$WORK/apt.log" 2>&1 \
      || { cat "$WORK/apt.log"; die "could not install $*"; }
  fi
}

# A PostgreSQL client program: $PGBENCH/$PSQL if set, else version 15's, else the newest installed,
# else the one on PATH (Debian's pg_wrapper).
find_pg_program() {
  local name="$1" candidate
  for candidate in "/usr/lib/postgresql/15/bin/$name" \
                   $(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -rV) \
                   /usr/pgsql-15/bin/"$name" "$(command -v "$name" 2>/dev/null || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# The bench database through psql (PSQL_BIN is found by the caller).
export PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGUSER="$DB_USER" PGCONNECT_TIMEOUT=5
if [[ -n "$DB_PASSWORD" ]]; then export PGPASSWORD="$DB_PASSWORD"; fi
psql_db() { "$PSQL_BIN" -X -q -v ON_ERROR_STOP=1 -d "$DB_NAME" "$@"; }
psql_value() { "$PSQL_BIN" -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB_NAME" -c "$1"; }

# --- server -----------------------------------------------------------------------------------------
export PROJECTFLO_DB_HOST="$DB_HOST" PROJECTFLO_DB_PORT="$DB_PORT" PROJECTFLO_DB_USER="$DB_USER"
export PROJECTFLO_DB_PASSWORD="$DB_PASSWORD" PROJECTFLO_DB_NAME="$DB_NAME"
export PROJECTFLO_HTTP_PORT="$HTTP_PORT" PROJECTFLO_HTTPS_PORT="$HTTPS_PORT"

ready_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/health/ready" || true; }

STARTED_SERVER=0
cleanup() {
  local rc=$?
  set +e
  if [[ "$STARTED_SERVER" -eq 1 ]]; then
    log "stopping the server (liberty:stop)"
    ./mvnw -B -q -pl projectflo-ear liberty:stop >>"$MAVEN_LOG" 2>&1 || log "liberty:stop failed, see $MAVEN_LOG"
    if [[ "$DROP_DB" == "1" ]]; then
      log "dropping database $DB_NAME"
      "$PSQL_BIN" -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" || true
    fi
  fi
  rm -rf "$WORK"
  [[ $rc -eq 0 ]] || log "$(basename "$0") failed (exit $rc); output so far is in $RESULT_FILE"
  exit $rc
}

# Starts (or reuses) the server for the bench; call once, after the tools are found.
start_bench_server() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if [[ "$(ready_status)" == "200" ]]; then
    log "a server already answers on $BASE_URL: using it as it is (not built, not stopped)"
  else
    if [[ "$SKIP_BUILD" != "1" ]]; then
      log "building (mvnw install -DskipTests; log: $MAVEN_LOG)"
      ./mvnw -B -q install -DskipTests >>"$MAVEN_LOG" 2>&1 || { tail -40 "$MAVEN_LOG"; die "build failed"; }
    fi
    [[ -d "$SERVER_DIR" ]] || die "no server in $SERVER_DIR: build first (drop BENCH_SKIP_BUILD)"
    log "starting the server (liberty:start, HTTP $HTTP_PORT, HTTPS $HTTPS_PORT)"
    STARTED_SERVER=1
    ./mvnw -B -q -pl projectflo-ear liberty:start >>"$MAVEN_LOG" 2>&1 || { tail -40 "$MAVEN_LOG"; die "liberty:start failed"; }
    deadline=$((SECONDS + START_TIMEOUT))
    until [[ "$(ready_status)" == "200" ]]; do
      (( SECONDS < deadline )) || { tail -30 "$MESSAGES_LOG" 2>/dev/null; die "/health/ready not 200 after ${START_TIMEOUT}s"; }
      sleep 1
    done
    log "server ready: $(curl -s "$BASE_URL/health/ready")"
  fi
  # Server log lines written from now on (a fresh messages.log when this script started the server).
  LOG_START_LINE=1
  if [[ "$STARTED_SERVER" -eq 0 ]]; then
    LOG_START_LINE=$(( $( (wc -l <"$MESSAGES_LOG") 2>/dev/null || echo 0) + 1 ))
  fi

  if [[ -f "$SERVER_DIR/../.pid/projectflo.pid" ]]; then
    LIBERTY_PID="$(cat "$SERVER_DIR/../.pid/projectflo.pid")"
  fi
  if [[ -z "$LIBERTY_PID" || ! -d "/proc/$LIBERTY_PID" ]] && command -v ss >/dev/null; then
    LIBERTY_PID="$(ss -Hltnp "sport = :$HTTP_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)"
  fi
}

# --- signing in -------------------------------------------------------------------------------------
# The API wants a bearer token. The bench keeps its own administrator at contact id -1 (outside the
# 1..N range the loads own), re-created after each load because TRUNCATE contacts CASCADE removes it,
# with a random password of this run (hashed here in the PBKDF2 format PasswordHasher reads).
BENCH_ADMIN_EMAIL="bench-admin@bench.projectflo.invalid"
BENCH_ADMIN_PASSWORD="Bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
AUTH_HEADER=""
export BENCH_TOKEN=""
ensure_bench_admin() {
  local hash
  hash="$(BENCH_ADMIN_PASSWORD="$BENCH_ADMIN_PASSWORD" python3 -c 'import base64,hashlib,os
salt = os.urandom(32); n = 600000
key = hashlib.pbkdf2_hmac("sha256", os.environ["BENCH_ADMIN_PASSWORD"].encode(), salt, n, 32)
print("PBKDF2WithHmacSHA256:%d:%s:%s" % (n, base64.b64encode(salt).decode(), base64.b64encode(key).decode()))')"
  psql_db -v hash="$hash" -v email="$BENCH_ADMIN_EMAIL" >/dev/null <<'SQL'
INSERT INTO contacts (id, first_name, last_name, email, type)
VALUES (-1, 'Bench', 'Administrator', :'email', 'Contributor')
ON CONFLICT (id) DO NOTHING;
INSERT INTO contributors (contact_id, contributor_type, password_hash, role_id)
SELECT -1, 'Internal', :'hash', (SELECT id FROM roles WHERE name = 'Admin')
ON CONFLICT (contact_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, archived_at = NULL;
SQL
}
sign_in() {
  local body
  body="$(python3 -c 'import json,sys; print(json.dumps({"email": sys.argv[1], "password": sys.argv[2]}))' \
            "$BENCH_ADMIN_EMAIL" "$BENCH_ADMIN_PASSWORD")"
  BENCH_TOKEN="$(curl -s --fail-with-body --max-time 30 -H 'Content-Type: application/json' -d "$body" \
                   "$BASE_URL/api/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')" \
    || die "could not sign in as the bench administrator"
  AUTH_HEADER="Authorization: Bearer $BENCH_TOKEN"
}

