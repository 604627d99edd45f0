#!/usr/bin/env bash
# Drill: two app instances behind nginx (docs/deploy/nginx.conf, without TLS, on loopback). A user logs in through
# the proxy and keeps working while the requests alternate between the instances; a save through one instance is
# seen through the other. Needs nginx (apt-get install -y nginx-light).
source "$(dirname "$0")/common.sh"
command -v nginx >/dev/null || { echo "nginx is not installed: apt-get install -y nginx-light" >&2; exit 1; }
trap 'stop_apps; [ -n "${NGINX_PID:-}" ] && kill $NGINX_PID 2>/dev/null || true' EXIT

fresh_database
# both instances run the leaders' digest job every 5 seconds: each leader must still get one digest for the week
export LEAGUEPLAN_DIGEST_CRON='*/5 * * * * *'
start_app 18081
FIRST=$APP_PORT
start_app $((FIRST + 1))
SECOND=$APP_PORT
# three leaders (accounts that are not used to log in) for the digest job to write to
for n in 1 2 3; do
  $PG -d "$DRILL_DB" -c "insert into app_user (username, display_name, password_hash, created_at)
    values ('drill-leader-$n', '演练领导$n', '{noop}not-for-login', now());
    insert into app_user_role (user_id, role) select id, 'LEADER' from app_user where username = 'drill-leader-$n'"
done
PROXY=$(free_port 18080)
conf="$OUT/nginx.conf"
cat > "$conf" <<NGINX
daemon off;
pid $PWD/$OUT/nginx.pid;
error_log $PWD/$OUT/nginx-error.log;
events {}
http {
  access_log off;
  upstream leagueplan { server 127.0.0.1:$FIRST; server 127.0.0.1:$SECOND; }
  server {
    listen 127.0.0.1:$PROXY;
    client_max_body_size 100m;
    location /actuator/ { deny all; }
    location / {
      proxy_pass http://leagueplan;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
NGINX
nginx -c "$PWD/$conf" -p "$PWD/$OUT" &
NGINX_PID=$!
BASE=http://127.0.0.1:$PROXY
wait_for "$BASE/login" 30 "$NGINX_PID"
JAR_COOKIES="$OUT/proxy-cookies"
login "$BASE" "$JAR_COOKIES"
declare -A served=()
failures=0
for i in $(seq 1 20); do
  read -r status upstream < <(curl -s -b "$JAR_COOKIES" -o "$OUT/page.html" -D "$OUT/headers" -w '%{http_code} ' "$BASE/plans/1" \
    && grep -i '^X-Upstream:' "$OUT/headers" | awk '{print $2}' | tr -d '\r')
  served[$upstream]=1
  if [ "$status" != "200" ] || ! grep -q 'id="plan-title"' "$OUT/page.html"; then failures=$((failures + 1)); fi
done
# A change through the proxy (CSRF token from the page) is visible on both instances.
csrf=$(grep -o 'name="_csrf" content="[^"]*"' "$OUT/page.html" | head -n 1 | sed 's/.*content="//;s/"$//')
curl -s -b "$JAR_COOKIES" -o /dev/null -w '%{http_code}\n' -H "X-CSRF-TOKEN: $csrf" \
  --data-urlencode "name=扩容演练单位" --data-urlencode "kind=OTHER" --data-urlencode "token=drill-$(date +%s)" "$BASE/units/new" > "$OUT/save-status"
session=$(session_of "$JAR_COOKIES")
seen=0
for port in $FIRST $SECOND; do
  curl -s -H "Cookie: SESSION=$session" "http://127.0.0.1:$port/units" | grep -q "扩容演练单位" && seen=$((seen + 1))
done
# Scheduled jobs on both instances: after a few of their runs, each leader holds one digest for the week.
for _ in $(seq 1 60); do
  [ "$($PG -d "$DRILL_DB" -Atc "select count(*) from inbox_entry where kind = 'DIGEST'")" -gt 0 ] && break
  sleep 0.5
done
sleep 12
read -r digests leaders < <($PG -d "$DRILL_DB" -AtF ' ' -c \
  "select count(*), count(distinct user_id) from inbox_entry where kind = 'DIGEST'")
echo "instances that served the 20 requests: ${!served[*]}"
echo "requests not answered with the plan page: $failures; save status: $(cat "$OUT/save-status"); instances seeing the save: $seen of 2"
echo "leaders' digests after both instances ran the job every 5 s: $digests for $leaders leaders"
[ "${#served[@]}" -eq 2 ] && [ "$failures" -eq 0 ] && [ "$seen" -eq 2 ] && [ "$leaders" -gt 0 ] && [ "$digests" -eq "$leaders" ] \
  && echo "scale-out drill: passed"
