-- LeaguePlan schema, version 20: the annual assessment of units (年度考评).

-- The weights the office sets for a plan's assessment, in points out of 100: completion of the unit's items, its
-- quotas, reports on time, returned reports (a penalty), overdue items (a penalty), rectifications closed. No row: the
-- defaults (40, 20, 20, 5, 10, 5). The version guards a change against a stale page.
create table assessment_weights (
    plan_id        bigint  primary key references work_plan (id),
    items          integer not null check (items between 0 and 100),
    quotas         integer not null check (quotas between 0 and 100),
    on_time        integer not null check (on_time between 0 and 100),
    returned       integer not null check (returned between 0 and 100),
    overdue        integer not null check (overdue between 0 and 100),
    rectifications integer not null check (rectifications between 0 and 100),
    version        bigint  not null default 0,
    check (items + quotas + on_time + returned + overdue + rectifications = 100)
);
