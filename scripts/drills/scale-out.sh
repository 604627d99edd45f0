#!/usr/bin/env bash
# Drill: two app instances behind nginx (docs/deploy/nginx.conf, without TLS, on loopback). A user logs in through
# the proxy and keeps working while the requests alternate between the instances; a save through one instance is
# seen through the other. Needs nginx (apt-get install -y nginx-light).
source "$(dirname "$0")/common.sh"
command -v nginx >/dev/null || { echo "nginx is not installed: apt-get install -y nginx-light" >&2; exit 1; }
trap 'stop_apps; [ -n "${NGINX_PID:-}" ] && kill $NGINX_PID 2>/dev/null || true; [ -n "${SMTP_PID:-}" ] && kill $SMTP_PID 2>/dev/null || true' EXIT

fresh_database
# A mail server on loopback that writes down every message it takes (scripts/drills/smtp-sink.py).
SMTP=$(free_port 12525)
MAILS="$OUT/mails.tsv"
: > "$MAILS"
python3 scripts/drills/smtp-sink.py "$SMTP" "$MAILS" &
SMTP_PID=$!
for _ in $(seq 1 40); do port_taken "$SMTP" && break; sleep 0.25; done
port_taken "$SMTP" || { echo "the mail sink did not start on port $SMTP" >&2; exit 1; }
export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP
# both instances run the leaders' digest job and the reminder job every 5 seconds: each leader must still get one
# digest for the week, and each reminder must reach its reader once, in the inbox and by e-mail
export LEAGUEPLAN_DIGEST_CRON='*/5 * * * * *' LEAGUEPLAN_REMINDERS_CRON='*/5 * * * * *'
start_app 18081
FIRST=$APP_PORT
start_app $((FIRST + 1))
SECOND=$APP_PORT
# three leaders (accounts that are not used to log in) for the digest job to write to
for n in 1 2 3; do
  $PG -d "$DRILL_DB" -c "insert into app_user (username, display_name, password_hash, created_at, email)
    values ('drill-leader-$n', '演练领导$n', '{noop}not-for-login', now(), 'leader-$n@drill.test');
    insert into app_user_role (user_id, role) select id, 'LEADER' from app_user where username = 'drill-leader-$n'"
done
# The reminders: one STAFF account (with an e-mail address) for each lead unit of the demo plan (the only plan), running
# all year with a monthly calendar on day 28, reminded 27 days before: whatever today is, every item owes a report
# due within the reminder window and one whose day has passed (no reports exist: the drill loads no history).
$PG -d "$DRILL_DB" -c "insert into app_user (username, display_name, password_hash, created_at, email)
    select 'drill-staff-' || u.id, '演练填报人' || u.id, '{noop}not-for-login', now(), 'staff-' || u.id || '@drill.test'
      from org_unit u where u.id in (select lead_unit_id from plan_item);
  insert into app_user_role (user_id, role) select id, 'STAFF' from app_user where username like 'drill-staff-%';
  insert into app_user_unit (user_id, unit_id)
    select id, cast(substring(username from 13) as bigint) from app_user where username like 'drill-staff-%';
  update plan_item set start_date = null, end_date = null;
  update work_plan set status = 'ACTIVE' where id = 1;
  insert into report_calendar (plan_id, frequency, due_day, remind_days_before, press_every_days)
    values (1, 'MONTHLY', 28, 27, 30)"

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
# Every reminder to the drill's staff is one inbox entry and one e-mail, however many runs of the job on two instances.
for _ in $(seq 1 60); do
  [ "$(grep -c '@drill.test' "$MAILS" || true)" -gt 0 ] && break
  sleep 0.5
done
sleep 6
read -r reminders readers < <($PG -d "$DRILL_DB" -AtF ' ' -c \
  "select count(*), count(distinct e.user_id) from inbox_entry e join app_user u on u.id = e.user_id
    where e.kind in ('REPORT_DUE', 'REPORT_OVERDUE') and u.username like 'drill-staff-%'")
reminder_mails=$(grep -cE '^staff-[0-9]+@drill\.test'$'\t''【(临近填报|逾期催办)】' "$MAILS" || true)
digest_mails=$(grep -cE '^leader-[0-9]@drill\.test'$'\t''【每周摘要】' "$MAILS" || true)
echo "instances that served the 20 requests: ${!served[*]}"
echo "requests not answered with the plan page: $failures; save status: $(cat "$OUT/save-status"); instances seeing the save: $seen of 2"
echo "leaders' digests after both instances ran the job every 5 s: $digests for $leaders leaders, $digest_mails e-mailed"
echo "reminders after both instances ran the job every 5 s: $reminders inbox entries for $readers staff, $reminder_mails e-mailed"
[ "${#served[@]}" -eq 2 ] && [ "$failures" -eq 0 ] && [ "$seen" -eq 2 ] && [ "$leaders" -gt 0 ] && [ "$digests" -eq "$leaders" ] \
  && [ "$digest_mails" -eq "$digests" ] && [ "$reminders" -gt 0 ] && [ "$reminder_mails" -eq "$reminders" ] \
  && echo "scale-out drill: passed"
