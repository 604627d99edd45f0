-- LeaguePlan schema, version 6: who is saving an import. The instance running the background save (its name and the
-- id of this run of it) and when it last said it is still saving (every 10 s); a save whose instance restarted, or
-- whose lease went stale, is taken as interrupted and may be started again at once.
alter table plan_import add column save_instance varchar(200);
alter table plan_import add column save_run varchar(36);
alter table plan_import add column save_heartbeat_at timestamp with time zone;
update plan_import set save_heartbeat_at = updated_at where state = 'SAVING';
