-- LeaguePlan schema, version 8: Spring Modulith's event publication registry (JPA, spring-modulith-events-jpa 2.0).
-- One row per event and listener: written in the publishing transaction, completed when the listener's own
-- transaction commits. Rows left incomplete (the instance stopped, the listener failed) are published again at the
-- next start. Completed rows are kept (completion_date set) for a week, then removed by the nightly clean-up.
-- Columns as the entity DefaultJpaEventPublication maps them; `varchar` without a length is unbounded on
-- PostgreSQL and H2 alike.
create table event_publication (
    id                     uuid         primary key,
    publication_date       timestamp with time zone not null,
    listener_id            varchar      not null,
    serialized_event       varchar      not null,
    event_type             varchar      not null,
    completion_date        timestamp with time zone,
    last_resubmission_date timestamp with time zone,
    completion_attempts    integer      not null default 0,
    status                 varchar(20)
);
create index event_publication_incomplete_ix on event_publication (completion_date, publication_date);
