-- LeaguePlan schema, version 12: reminders and their delivery.
-- Where a person's reminders go by e-mail (optional).
alter table app_user add column email varchar(254);

-- A plan's reporting calendar: reports are due monthly on day D, or quarterly on day D of the month after each
-- quarter; a reminder goes N days before, and a press (催办) every M days after. No row: no reminders.
create table report_calendar (
    plan_id            bigint      primary key references work_plan (id),
    frequency          varchar(20) not null,
    due_day            integer     not null check (due_day between 1 and 28),
    remind_days_before integer     not null check (remind_days_before between 0 and 27),
    press_every_days   integer     not null check (press_every_days between 1 and 90),
    version            bigint      not null default 0
);
