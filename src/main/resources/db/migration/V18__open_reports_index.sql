-- LeaguePlan schema, version 18: 我的待办 reads a person's returned reports and every reviewer's pending reports by
-- state across plans; the index of version 11 starts with the plan.
create index progress_report_state_reporter_ix on progress_report (state, reported_by);
