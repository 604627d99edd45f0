#!/usr/bin/env bash
# Drill: SIGTERM while requests are in flight. Twenty page loads start together, the app gets SIGTERM a moment
# later: every one of them must complete with 200, and the app must log a graceful shutdown.
source "$(dirname "$0")/common.sh"
trap stop_apps EXIT

fresh_database
start_app 18084
BASE=http://127.0.0.1:$APP_PORT
login "$BASE" "$OUT/shutdown-cookies"
session=$(session_of "$OUT/shutdown-cookies")
results="$OUT/shutdown-results.txt"
: > "$results"
for i in $(seq 1 20); do
  curl -s -o /dev/null -m 30 -w '%{http_code}\n' -H "Cookie: SESSION=$session" "$BASE/dashboard" >> "$results" &
done
sleep 0.3
kill -TERM "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
wait
ok=$(grep -c '^200$' "$results" || true)
echo "in-flight requests: 20; completed with 200: $ok"
grep -q "Graceful shutdown complete" "$APP_LOG" && echo "app log: graceful shutdown complete"
[ "$ok" -eq 20 ] && grep -q "Graceful shutdown complete" "$APP_LOG" && echo "graceful shutdown drill: passed"
