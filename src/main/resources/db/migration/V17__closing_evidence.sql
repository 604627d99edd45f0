-- LeaguePlan schema, version 17: evidence given with a request to close an item (办结销号).

-- Evidence belongs to a report, an item update, or now the trail step of a closing request: each request keeps its
-- own evidence, so a request asked again after a return carries its new evidence and the earlier stays in the trail.
-- A piece of evidence belongs to one of them at most.
alter table evidence add column closing_step_id bigint references item_closing_step (id);
create index evidence_closing_step_ix on evidence (closing_step_id);
alter table evidence add constraint evidence_one_owner_ck check (
    (case when report_id is null then 0 else 1 end) + (case when item_update_id is null then 0 else 1 end)
        + (case when closing_step_id is null then 0 else 1 end) <= 1);
