#!/usr/bin/env bash
# Mixed load for 60 s at 50 connections with wrk on loopback: logins, the plan page, the dashboard, item pages and
# saves (item status updates), in proportions like an office morning. Reports throughput, p50/p99 and server errors
# (any 5xx fails the drill). DURATION and CONNECTIONS change the load.
source "$(dirname "$0")/common.sh"
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }
trap stop_apps EXIT
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}

fresh_database
start_app 18085
BASE=http://127.0.0.1:18085
login "$BASE" "$OUT/load-cookies"
session=$(session_of "$OUT/load-cookies")
csrf=$(curl -s -H "Cookie: SESSION=$session" "$BASE/plans/1" | grep -o 'name="_csrf" content="[^"]*"' | head -n 1 | sed 's/.*content="//;s/"$//')
cat > "$OUT/mixed.lua" <<LUA
-- Each request picks a kind: 10% login page + login attempt, 30% plan page, 25% dashboard, 25% item page, 10% save.
local session = "$session"
local csrf = "$csrf"
local counter = 0
local server_errors = 0
request = function()
  counter = counter + 1
  local pick = counter % 20
  local item = 1 + counter % 15
  local cookie = { ["Cookie"] = "SESSION=" .. session }
  if pick < 2 then
    return wrk.format("POST", "/login", { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "username=admin&password=wrong-password-" .. counter)
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
response = function(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("server errors (5xx): %d\n", server_errors))
end
LUA
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$OUT/mixed.lua" "$BASE" | tee "$OUT/mixed.txt"
grep -q "server errors (5xx): 0" "$OUT/mixed.txt" && echo "mixed load: passed (no server errors)"
