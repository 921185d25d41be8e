# Shared start of the bench scripts that drive the API with curl/python (sourced, not run): paths,
# the results file every line of output goes to, lib.sh, and the tools. The caller sets its knobs
# (DB_*, HTTP_PORT, HTTPS_PORT, SKIP_BUILD, DROP_DB, START_TIMEOUT) and RESULT_NAME first.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"
SERVER_DIR="$ROOT/projectflo-ear/target/liberty/wlp/usr/servers/projectflo"
MESSAGES_LOG="$SERVER_DIR/logs/messages.log"
BASE_URL="http://127.0.0.1:${HTTP_PORT}"
TIMESTAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS_DIR="$BENCH_DIR/results"
mkdir -p "$RESULTS_DIR"
RESULT_FILE="$RESULTS_DIR/$RESULT_NAME-$TIMESTAMP.txt"
MAVEN_LOG="$RESULTS_DIR/$RESULT_NAME-$TIMESTAMP-maven.log"
WORK="$(mktemp -d)"
exec > >(tee -a "$RESULT_FILE") 2>&1

source "$BENCH_DIR/lib.sh"

command -v curl >/dev/null || apt_install curl
command -v python3 >/dev/null || die "python3 is required"
PSQL_BIN="${PSQL:-$(find_pg_program psql || true)}"
if [[ -z "$PSQL_BIN" ]]; then
  apt_install postgresql-client
  PSQL_BIN="$(find_pg_program psql)" || die "psql not found"
fi
