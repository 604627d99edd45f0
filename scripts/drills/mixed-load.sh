#!/usr/bin/env bash
# Mixed load for 60 s at 50 connections with wrk on loopback: logins, the plan page, the dashboard, item pages and
# saves (item status updates), in proportions like an office morning. Reports throughput, p50/p99 and errors
# (any answer other than 2xx/3xx fails the drill). DURATION and CONNECTIONS change the load.
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
trap stop_apps EXIT
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}

fresh_database
start_app 18085
BASE=http://127.0.0.1:$APP_PORT
login "$BASE" "$OUT/load-cookies"
session=$(session_of "$OUT/load-cookies")
csrf=$(curl -s -H "Cookie: SESSION=$session" "$BASE/plans/1" | grep -o 'name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="//;s/"$//')
cat > "$OUT/mixed.lua" <<LUA
-- Each request picks a kind: 5% login page, 5% login attempt (a wrong password: the throttling path after five),
-- 30% plan page, 25% dashboard, 25% item page, 10% save (an item status update).
local session = "$session"
local csrf = "$csrf"
local counter = 0
request = function()
  counter = counter + 1
  local pick = counter % 20
  local item = 1 + counter % 15
  local cookie = { ["Cookie"] = "SESSION=" .. session }
  if pick < 1 then
    return wrk.format("GET", "/login")
  elseif pick < 2 then
    return wrk.format("POST", "/login", { ["Cookie"] = "SESSION=" .. session, ["X-CSRF-TOKEN"] = csrf,
      ["Content-Type"] = "application/x-www-form-urlencoded" }, "username=visitor&password=wrong-password-" .. counter)
  elseif pick < 8 then
    return wrk.format("GET", "/plans/1", cookie)
  elseif pick < 13 then
    return wrk.format("GET", "/dashboard?plan=1", cookie)
  elseif pick < 18 then
    return wrk.format("GET", "/items/" .. item, cookie)
  else
    local headers = { ["Cookie"] = "SESSION=" .. session, ["X-CSRF-TOKEN"] = csrf,
      ["Content-Type"] = "application/x-www-form-urlencoded" }
    return wrk.format("POST", "/items/" .. item .. "/updates", headers, "status=IN_PROGRESS&narrative=load-" .. counter)
  end
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/mixed.lua" "$BASE" | tee "$OUT/mixed.txt"
# wrk counts every answer other than 2xx/3xx: with a valid session and CSRF token there must be none.
bad=$(grep -o "Non-2xx or 3xx responses: [0-9]*" "$OUT/mixed.txt" | grep -o "[0-9]*$" || echo 0)
echo "responses other than 2xx/3xx: ${bad:-0}"
# 3xx alone could hide a lost session: the session must still open the plan, and the saves must be stored.
still=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$BASE/plans/1")
saves=$($PG -d "$DRILL_DB" -tAc "select count(*) from item_update")
echo "session still valid: $still; saves stored: $saves"
[ "${bad:-0}" -eq 0 ] && [ "$still" = "200" ] && [ "$saves" -gt 0 ] && echo "mixed load: passed (no server errors)"
