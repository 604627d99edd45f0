#!/usr/bin/env bash
# Drill: the database goes away for ~10 seconds while a user keeps loading pages (5 a second). Every request must
# answer within 3 seconds — 200 before, a friendly 503 during — and within 10 seconds of the database's return
# everything answers 200 again, without restarting the app. Stops and starts the local PostgreSQL cluster
# (pg_ctlcluster), so run it on a machine where nothing else needs the database meanwhile.
source "$(dirname "$0")/common.sh"
trap 'stop_apps; pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start 2>/dev/null || true' EXIT
CLUSTER=$(ls /etc/postgresql | head -n 1)

fresh_database
start_app 18083
BASE=http://127.0.0.1:$APP_PORT
login "$BASE" "$OUT/restart-cookies"
session=$(session_of "$OUT/restart-cookies")
log="$OUT/restart-requests.txt"
: > "$log"
(
  end=$((SECONDS + 40))
  while [ $SECONDS -lt $end ]; do
    printf '%s %s\n' "$(date +%s.%N)" \
      "$(curl -s -o "$OUT/restart-page.html" -m 10 -w '%{http_code} %{time_total}' -H "Cookie: SESSION=$session" "$BASE/plans/1")" >> "$log"
    if grep -q "Exception\|at org\." "$OUT/restart-page.html"; then echo "STACKTRACE" >> "$log"; fi
    sleep 0.2
  done
) &
LOAD=$!
sleep 8
down_at=$(date +%s.%N)
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m fast
sleep 10
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start
up_at=$(date +%s.%N)
wait $LOAD

awk -v down="$down_at" -v up="$up_at" '
  /STACKTRACE/ { traces++ ; next }
  { t = $1; code = $2; secs = $3; total++
    if (secs > 3) slow++
    if (t < down) { before++; if (code != 200) bad_before++ }
    else if (t < up) { during++; if (code == 503) unavailable++; else if (code != 200) other_during++ }
    else if (t > up + 10) { after++; if (code != 200) bad_after++ }
    if (secs > max) max = secs }
  END {
    printf "requests: %d; slower than 3 s: %d; slowest: %.2f s\n", total, slow, max
    printf "before the outage: %d, not 200: %d\n", before, bad_before
    printf "during the outage: %d, answered 503: %d, other errors: %d\n", during, unavailable, other_during
    printf "from 10 s after the return: %d, not 200: %d\n", after, bad_after
    printf "pages showing a stack trace: %d\n", traces
    exit (slow > 0 || bad_before > 0 || other_during > 0 || bad_after > 0 || traces > 0 || unavailable == 0)
  }' "$log" && echo "database restart drill: passed"
