-- Fills a LeaguePlan database (schema already migrated by the app) with a large realistic data set:
-- 40 units, 1,000 users, 10 yearly plans x 300 items x 3 targets x 100 progress reports (900,000 reports),
-- and a register (台账) behind every count target with 50 accepted entries (9,000 registers, 450,000 entries).
-- Run with: psql -v ON_ERROR_STOP=1 -d <database> -f scripts/bench/generate.sql
\timing on
begin;

insert into org_unit (name, kind, sort_order)
select '基准单位' || g, (array['OFFICE','COMMUNITY','SCHOOL','ENTERPRISE','AGENCY'])[1 + g % 5], g
from generate_series(1, 40) g;

insert into app_user (username, display_name, password_hash, created_at)
select 'bench' || g, '基准用户' || g, '{disabled}no-login', now()
from generate_series(1, 1000) g;
insert into app_user_role (user_id, role)
select id, case when id % 10 = 0 then 'LEADER' else 'STAFF' end from app_user where username like 'bench%';

create temporary table bench_units as select array_agg(id order by id) ids from org_unit where name like '基准单位%';
create temporary table bench_users as select array_agg(id order by id) ids from app_user where username like 'bench%';

insert into app_user_unit (user_id, unit_id)
select u.id, (select ids[1 + u.id % 40] from bench_units) from app_user u where u.username like 'bench%';

insert into work_plan (plan_year, title, organization, preamble, status)
select 2016 + g, (2016 + g) || '年区团委工作计划（基准数据）', '基准团委', '基准数据导语。',
       case when g = 10 then 'ACTIVE' else 'ARCHIVED' end
from generate_series(1, 10) g;

insert into plan_section (plan_id, title, sort_order)
select p.id, '第' || s || '部分：加强团的自身建设', s
from work_plan p, generate_series(1, 5) s
where p.organization = '基准团委';

insert into plan_item (section_id, heading, body, lead_unit_id, owner_id, start_date, end_date, status, sort_order)
select s.id, '工作事项' || i || '：推进基层组织建设',
       repeat('围绕党政中心工作，扎实推进基层团组织建设，做好青少年服务工作。', 4),
       (select ids[1 + (s.id * 7 + i) % 40] from bench_units),
       (select ids[1 + (s.id * 13 + i) % 1000] from bench_users),
       make_date(p.plan_year, 1, 1), make_date(p.plan_year, 12, 31), 'IN_PROGRESS', i
from plan_section s join work_plan p on p.id = s.plan_id, generate_series(1, 60) i
where p.organization = '基准团委';

insert into plan_item_assist_unit (item_id, unit_id)
select i.id, (select ids[1 + (i.id * 11 + 3) % 40] from bench_units)
from plan_item i join plan_section s on s.id = i.section_id join work_plan p on p.id = s.plan_id
where p.organization = '基准团委' and (select ids[1 + (i.id * 11 + 3) % 40] from bench_units) <> i.lead_unit_id;

insert into plan_target (item_id, name, kind, comparator, target_value, unit_label, due_date, sort_order)
select i.id, '量化指标' || t, 'COUNT', 'AT_LEAST', 100, '个', make_date(p.plan_year, 12, 31), t
from plan_item i join plan_section s on s.id = i.section_id join work_plan p on p.id = s.plan_id,
     generate_series(1, 3) t
where p.organization = '基准团委';

insert into plan_milestone (item_id, title, due_date, done, sort_order)
select i.id, '阶段节点', make_date(p.plan_year, 6, 30) + (i.id % 180)::int, i.id % 3 = 0, 1
from plan_item i join plan_section s on s.id = i.section_id join work_plan p on p.id = s.plan_id
where p.organization = '基准团委';

insert into progress_report (target_id, plan_id, reported_value, as_of, narrative, reported_by, reported_at)
select t.id, p.id, least(100, r + (t.id % 7)), make_date(p.plan_year, 1, 1) + (r * 3),
       '第' || r || '次报送：本期新增工作成果，情况良好。', i.owner_id,
       (make_date(p.plan_year, 1, 1) + (r * 3))::timestamp with time zone + interval '10 hours'
from plan_target t join plan_item i on i.id = t.item_id join plan_section s on s.id = i.section_id
     join work_plan p on p.id = s.plan_id, generate_series(1, 100) r
where p.organization = '基准团委';

insert into target_progress (target_id, plan_id, latest_value, latest_as_of, last_reported_at, report_count)
select distinct on (r.target_id) r.target_id, r.plan_id, r.reported_value, r.as_of, r.reported_at,
       count(*) over (partition by r.target_id)
from progress_report r join plan_target t on t.id = r.target_id join plan_item i on i.id = t.item_id
     join plan_section s on s.id = i.section_id join work_plan p on p.id = s.plan_id
where p.organization = '基准团委'
order by r.target_id, r.as_of desc, r.id desc;

insert into item_activity (item_id, plan_id, last_activity_at)
select t.item_id, max(tp.plan_id), max(tp.last_reported_at)
from target_progress tp join plan_target t on t.id = tp.target_id
group by t.item_id
on conflict do nothing;

-- a register behind every count target, each with 50 accepted entries spread over the plan year (one a week), made
-- by the item's owner for a bench unit and accepted the next day
insert into register (target_id, plan_id, name, created_at, version)
select t.id, p.id, t.name || '台账', make_date(p.plan_year, 1, 1)::timestamp with time zone, 0
from plan_target t join plan_item i on i.id = t.item_id join plan_section s on s.id = i.section_id
     join work_plan p on p.id = s.plan_id
where p.organization = '基准团委' and t.kind = 'COUNT';

insert into register_entry (register_id, plan_id, target_id, name, unit_id, entry_date, place, description, state,
                            author_id, made_at, counted_at, version)
select r.id, r.plan_id, r.target_id, '登记事项' || e, (select ids[1 + (r.target_id * 3 + e) % 40] from bench_units),
       make_date(p.plan_year, 1, 1) + ((e - 1) * 7 + (r.id % 7)::int), '基准地点' || (e % 10),
       '基准数据：本条登记的说明。', 'ACCEPTED', i.owner_id,
       (make_date(p.plan_year, 1, 1) + ((e - 1) * 7 + (r.id % 7)::int))::timestamp with time zone
           + interval '9 hours',
       (make_date(p.plan_year, 1, 1) + ((e - 1) * 7 + (r.id % 7)::int))::timestamp with time zone
           + interval '1 day 9 hours',
       0
from register r join plan_target t on t.id = r.target_id join plan_item i on i.id = t.item_id
     join work_plan p on p.id = r.plan_id, generate_series(1, 50) e
where p.organization = '基准团委';

commit;
analyze;
select (select count(*) from work_plan) plans, (select count(*) from plan_item) items,
       (select count(*) from plan_target) targets, (select count(*) from progress_report) reports,
       (select count(*) from org_unit) units, (select count(*) from app_user) users,
       (select count(*) from register) registers, (select count(*) from register_entry) register_entries;
