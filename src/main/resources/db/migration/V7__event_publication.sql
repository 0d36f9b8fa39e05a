-- Spring Modulith's event publication registry (schema v2, as its JDBC repository expects): every event that
-- an @ApplicationModuleListener in another module reacts to is stored in the publishing transaction and
-- removed once the listener has completed (spring.modulith.events.completion-mode=delete). What stays behind
-- after a crash or a failed listener is resubmitted by the "event-publications" job (EventPublicationJobs).
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(1000000) not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp(6) with time zone
);

create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);
