#!/usr/bin/env bash
# Benchmark: fills a PostgreSQL database with 10 plans x 300 items x 3 targets x 100 reports (900,000 reports),
# starts the packaged app against it (-Xmx512m) and measures with wrk on loopback (32 connections, after a warm-up):
# the dashboard, the plan page, an item page and a static file — req/s, p50, p99, errors, server CPU ms per request —
# plus start-up time and memory (RSS). Results go to target/bench/results.md; docs/benchmarks.md records them.
#
# Needs: psql, wrk (apt-get install wrk), a JDK; PostgreSQL at BENCH_DB_URL (default the local server).
# Usage: scripts/bench/run.sh   (DURATION=30s CONNECTIONS=32 change the load; BENCH_REGENERATE=1 rebuilds the data)
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_NAME=${BENCH_DB_NAME:-leagueplan_bench}
PG="psql -h ${PGHOST:-127.0.0.1} -U ${PGUSER:-postgres} -v ON_ERROR_STOP=1 -q"
PORT=${BENCH_PORT:-18080}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-32}
PASSWORD='bench-admin-password-0123'
OUT=target/bench
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/leagueplan-*.jar ] 2>/dev/null || ./mvnw -q -B package -DskipTests
JAR=$(ls target/leagueplan-*.jar | head -n 1)

start_app() {
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" SPRING_DATASOURCE_USERNAME=${PGUSER:-postgres} \
  LEAGUEPLAN_ADMIN_PASSWORD="$PASSWORD" LEAGUEPLAN_SECURITY_ADMINMFAREQUIRED=false \
  SERVER_SERVLET_SESSION_COOKIE_SECURE=false SERVER_SERVLET_SESSION_COOKIE_NAME=SESSION SERVER_PORT=$PORT \
  java -Xmx512m -jar "$JAR" > "$OUT/app.log" 2>&1 &
  APP_PID=$!
  # ready, not merely started: the first account is created by a runner after "Started …" is logged
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && return 0
    kill -0 $APP_PID 2>/dev/null || { cat "$OUT/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "app did not start" >&2; exit 1
}

stop_app() { kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true; }
trap stop_app EXIT

if [ -n "${BENCH_REGENERATE:-}" ] \
   || [ "$($PG -d postgres -tAc "select 1 from pg_database where datname='$DB_NAME'")" != "1" ] \
   || [ "$($PG -d "$DB_NAME" -tAc "select count(*) from progress_report" 2>/dev/null || echo 0)" -lt 900000 ]; then
  echo "Creating $DB_NAME and its data"
  $PG -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"
  start_app; stop_app
  $PG -d "$DB_NAME" -f scripts/bench/generate.sql
fi

start_app
STARTUP=$(grep -o "Started LeaguePlanApplication in [0-9.]* seconds" "$OUT/app.log" | grep -o "[0-9.]*" | head -n 1)
BASE="http://127.0.0.1:$PORT"
LOGIN_PAGE=$(curl -s -c "$OUT/cookies" "$BASE/login")
CSRF=$(echo "$LOGIN_PAGE" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
curl -s -b "$OUT/cookies" -c "$OUT/cookies" -o /dev/null --data-urlencode "username=admin" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$OUT/cookies" | tail -n 1)
PLAN=$($PG -d "$DB_NAME" -tAc "select id from work_plan where status = 'ACTIVE' and organization = '基准团委'")
ITEM=$($PG -d "$DB_NAME" -tAc "select min(i.id) from plan_item i join plan_section s on s.id = i.section_id where s.plan_id = $PLAN")
STATIC=$(grep -o '/webjars/bootstrap/[^"]*bootstrap.min.css' <(curl -s -H "Cookie: SESSION=$SESSION" "$BASE/plans/$PLAN") | head -n 1)

cpu_ms() { awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' /proc/$APP_PID/stat; }

{
  echo "| page | req/s | p50 | p99 | errors (non-2xx, socket) | server CPU ms / request |"
  echo "|---|---|---|---|---|---|"
} > "$OUT/results.md"

measure() {
  local name=$1 path=$2
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$BASE$path")
  [ "$status" = "200" ] || { echo "$path answered $status" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d10s -H "Cookie: SESSION=$SESSION" "$BASE$path" > /dev/null  # warm-up
  local before after
  before=$(cpu_ms)
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path" > "$OUT/$name.txt"
  after=$(cpu_ms)
  local requests rps p50 p99 non2xx socket
  requests=$(grep -o "[0-9]* requests in" "$OUT/$name.txt" | grep -o "^[0-9]*")
  rps=$(grep "Requests/sec" "$OUT/$name.txt" | awk '{print $2}')
  p50=$(grep " 50%" "$OUT/$name.txt" | awk '{print $2}')
  p99=$(grep " 99%" "$OUT/$name.txt" | awk '{print $2}')
  non2xx=$(grep -o "Non-2xx or 3xx responses: [0-9]*" "$OUT/$name.txt" | grep -o "[0-9]*$" || echo 0)
  socket=$(grep -o "Socket errors:.*" "$OUT/$name.txt" || echo "none")
  printf '| %s | %s | %s | %s | %s, %s | %.2f |\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "$socket" \
    "$(echo "($after - $before) / $requests" | bc -l)" >> "$OUT/results.md"
}

measure "dashboard" "/dashboard?plan=$PLAN"
measure "plan page" "/plans/$PLAN"
measure "item page" "/items/$ITEM"
measure "static file" "$STATIC"

RSS=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$APP_PID/status)
{
  echo
  echo "Start-up: ${STARTUP} s; RSS after the run: ${RSS} MiB (-Xmx512m); $(nproc) cores; wrk -t2 -c$CONNECTIONS -d$DURATION after a 10 s warm-up."
  $PG -d "$DB_NAME" -tAc "select 'Data: ' || (select count(*) from work_plan) || ' plans, ' || (select count(*) from plan_item) || ' items, ' || (select count(*) from plan_target) || ' targets, ' || (select count(*) from progress_report) || ' reports, ' || (select count(*) from org_unit) || ' units, ' || (select count(*) from app_user) || ' users.'"
} >> "$OUT/results.md"
cat "$OUT/results.md"
