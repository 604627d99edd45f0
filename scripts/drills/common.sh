# Shared by the drills: start app instances of the packaged jar against one PostgreSQL database, log in, stop.
# Everything stays on this machine (127.0.0.1).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

DRILL_DB=${DRILL_DB:-leagueplan_drill}
PG="psql -h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres} -v ON_ERROR_STOP=1 -q"
PASSWORD='drill-admin-password-0123'
OUT=target/drills
mkdir -p "$OUT"
PIDS=()

[ -f "$(ls target/leagueplan-*.jar 2>/dev/null | head -n 1)" ] || ./mvnw -q -B package -DskipTests
JAR=$(ls target/leagueplan-*.jar | head -n 1)

fresh_database() {
  $PG -d postgres -c "drop database if exists $DRILL_DB" -c "create database $DRILL_DB"
}

# start_app PORT: starts an instance and waits until it is ready
start_app() {
  local port=$1
  SPRING_PROFILES_ACTIVE=postgres LEAGUEPLAN_DEMODATA=true \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DRILL_DB" SPRING_DATASOURCE_USERNAME=${PGUSER:-postgres} \
  LEAGUEPLAN_ADMIN_PASSWORD="$PASSWORD" LEAGUEPLAN_SECURITY_ADMINMFAREQUIRED=false \
  SERVER_SERVLET_SESSION_COOKIE_SECURE=false SERVER_SERVLET_SESSION_COOKIE_NAME=SESSION SERVER_PORT="$port" \
  java -Xmx512m -jar "$JAR" > "$OUT/app-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    sleep 1
  done
  echo "instance on $port did not start" >&2; cat "$OUT/app-$port.log" >&2; exit 1
}

stop_apps() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
}

# login BASE_URL COOKIE_JAR: logs in as admin through BASE_URL
login() {
  local base=$1 jar=$2 page csrf
  page=$(curl -s -c "$jar" "$base/login")
  csrf=$(echo "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$base/login"
}

session_of() { awk '$6 == "SESSION" {print $7}' "$1" | tail -n 1; }
