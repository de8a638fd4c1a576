-- The outbox (dk.samvirke.mail): every e-mail is a row here, written in the transaction of the change it is about,
-- and a publication in Spring Modulith's event publication registry (its own table, below, in the shape Spring
-- Modulith 2 expects; spring.modulith.events.jdbc.schema-initialization.enabled=false leaves it to this file).
create table outgoing_mail (
    id          uuid          not null primary key,
    reference   varchar(200),
    recipient   varchar(320)  not null,
    subject     varchar(500)  not null,
    body        varchar,
    headers     varchar(2000),
    created_at  timestamp     not null,
    claimed_at  timestamp,
    sent_at     timestamp,
    attempts    integer       not null default 0,
    last_error  varchar(1000)
);
create index ix_outgoing_mail_reference on outgoing_mail (reference);
create index ix_outgoing_mail_sent on outgoing_mail (sent_at);

create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The forum's own retry task is gone: the outbox retries every mail.
delete from scheduled_tasks where task_name = 'forum-mail-retry';
