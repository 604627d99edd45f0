# Shared by the drills: start app instances of the packaged jar against one PostgreSQL database, log in, stop.
# Everything stays on this machine (127.0.0.1).
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# A failed step says which one and shows the logs, instead of ending the drill with a bare exit code.
on_error() {
  local status=$? line=${BASH_LINENO[0]} source=${BASH_SOURCE[1]:-?}
  trap - ERR
  echo "drill step failed with exit code $status at $source:$line: $BASH_COMMAND" >&2
  for log in "$OUT"/app-*.log "$OUT"/nginx-error.log; do
    [ -s "$log" ] && { echo "--- last lines of $log" >&2; tail -n 30 "$log" >&2; }
  done
  echo "--- listening sockets" >&2
  (ss -ltnp 2>/dev/null || true) >&2
}
trap on_error ERR

DRILL_DB=${DRILL_DB:-leagueplan_drill}
PG="psql -h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres} -v ON_ERROR_STOP=1 -q"
PASSWORD='drill-admin-password-0123'
OUT=target/drills
mkdir -p "$OUT"
PIDS=()

[ -f "$(ls target/leagueplan-*.jar 2>/dev/null | head -n 1)" ] || ./mvnw -q -B package -DskipTests
JAR=$(ls target/leagueplan-*.jar | head -n 1)

fresh_database() {
  $PG -d postgres -c "drop database if exists $DRILL_DB with (force)" -c "create database $DRILL_DB"
}

# port_taken PORT: something already listens on 127.0.0.1:PORT
port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port PORT: PORT, or the next port above it that nothing listens on (a port left taken by another program must
# not make a drill talk to that program instead of its own instance)
free_port() {
  local port=$1
  while port_taken "$port"; do port=$((port + 1)); done
  echo "$port"
}

# wait_for URL SECONDS [PID]: until URL answers 2xx; fails early if process PID has ended
wait_for() {
  local url=$1 seconds=$2 pid=${3:-}
  for _ in $(seq 1 "$((seconds * 4))"); do
    curl -fs -o /dev/null -m 2 "$url" && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then echo "process $pid ended before $url answered" >&2; return 1; fi
    sleep 0.25
  done
  echo "$url did not answer within $seconds s" >&2
  return 1
}

# start_app PORT: starts an instance on PORT (or the next free port above it) and waits until it is ready;
# sets APP_PORT, APP_LOG and APP_PID for the caller
start_app() {
  local port
  port=$(free_port "$1")
  SPRING_PROFILES_ACTIVE=postgres LEAGUEPLAN_DEMODATA=true \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DRILL_DB" SPRING_DATASOURCE_USERNAME=${PGUSER:-postgres} \
  LEAGUEPLAN_ADMIN_PASSWORD="$PASSWORD" LEAGUEPLAN_SECURITY_ADMINMFAREQUIRED=false \
  SERVER_SERVLET_SESSION_COOKIE_SECURE=false SERVER_SERVLET_SESSION_COOKIE_NAME=SESSION SERVER_PORT="$port" \
  LEAGUEPLAN_TRUSTED_PROXIES='127\.0\.0\.1|0:0:0:0:0:0:0:1' \
  java -Xmx512m -jar "$JAR" > "$OUT/app-$port.log" 2>&1 &
  APP_PID=$!
  APP_PORT=$port
  APP_LOG="$OUT/app-$port.log"
  PIDS+=("$APP_PID")
  wait_for "http://127.0.0.1:$port/actuator/health/readiness" 120 "$APP_PID"
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
