-- LeaguePlan schema, version 12: reminders and their delivery.
-- Where a person's reminders go by e-mail (optional).
alter table app_user add column email varchar(254);
