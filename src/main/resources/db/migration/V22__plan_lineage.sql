-- A plan copied into a new year (下一年度计划) names the plan it was copied from, and each of
-- its targets the target it was copied from: the year-over-year view pairs them by these.
alter table work_plan add column source_plan_id bigint references work_plan (id);
alter table plan_target add column source_target_id bigint references plan_target (id);
create index plan_target_source_ix on plan_target (source_target_id);
-- A plan is copied into a given year once (a plan without a source is not concerned: nulls
-- are distinct).
create unique index work_plan_source_year_ux on work_plan (source_plan_id, plan_year);
