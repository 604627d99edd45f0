-- LeaguePlan schema, version 4: ShedLock's table, so a scheduled job runs on one app instance at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp with time zone not null,
    locked_at  timestamp with time zone not null,
    locked_by  varchar(255) not null
);
