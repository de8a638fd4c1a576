-- Events (interfaces.md §11): meetings, workshops, conferences and webinars of the association, of a
-- product or of a body (§9), their organisers and registrations, and the secret addresses of people's own
-- calendar feeds. Written for both H2 (PostgreSQL mode) and PostgreSQL.

create sequence event_seq start with 1 increment by 50;
create sequence event_registration_seq start with 1 increment by 50;

create table event (
    id               bigint         not null primary key,
    event_key        varchar(100)   not null,
    title            varchar(300)   not null,
    title_en         varchar(300),
    kind             varchar(20)    not null,
    -- Local date-times in Europe/Copenhagen, as people enter and read them.
    starts           timestamp      not null,
    ends             timestamp      not null,
    product_id       bigint references product (id),
    -- A meeting of a body (§9). The bodies belong to another module: the key, checked by the application.
    body_key         varchar(100),
    location         varchar(500),
    online_url       varchar(500),
    capacity         integer,
    signup_closes    timestamp,
    cancelled        boolean        not null default false,
    description      varchar(20000),
    -- After the event, in Markdown.
    materials        varchar(20000),
    minutes          varchar(20000),
    -- The event's forum topic, if the organisers wanted one.
    forum_topic_id   bigint,
    -- iCalendar's SEQUENCE: grows with every change people's calendars should pick up.
    ical_sequence    integer        not null default 0,
    reminder_sent_at timestamp,
    version          bigint         not null default 0,
    created_at       timestamp      not null,
    updated_at       timestamp      not null,
    constraint uq_event_key unique (event_key),
    constraint ck_event_kind check (kind in ('meeting', 'workshop', 'conference', 'webinar', 'other')),
    constraint ck_event_times check (ends >= starts),
    constraint ck_event_capacity check (capacity is null or capacity >= 0)
);
create index ix_event_starts on event (starts);
create index ix_event_product on event (product_id, starts);

-- The people who organise an event besides administrators and product managers: they see and export the
-- list of registrations and mark attendance.
create table event_organiser (
    event_id bigint       not null references event (id) on delete cascade,
    email    varchar(320) not null,
    constraint pk_event_organiser primary key (event_id, email)
);

create table event_registration (
    id            bigint        not null primary key,
    event_id      bigint        not null references event (id) on delete cascade,
    -- A person removed from the registry takes their sign-ups along.
    person_id     bigint        not null references person (id) on delete cascade,
    status        varchar(20)   not null,
    -- Local date-time in Europe/Copenhagen; the waiting list's order (then id).
    registered_at timestamp     not null,
    -- The language the person signed up in: their mails about the event are in it.
    language      varchar(5)    not null default 'da',
    version       bigint        not null default 0,
    created_at    timestamp     not null,
    updated_at    timestamp     not null,
    constraint uq_event_registration unique (event_id, person_id),
    constraint ck_event_registration_status
        check (status in ('registered', 'waiting', 'cancelled', 'attended', 'absent'))
);
create index ix_event_registration_person on event_registration (person_id);
create index ix_event_registration_event on event_registration (event_id, status, registered_at);

-- A person's own calendar of the events they are registered for, at a secret address they can replace.
create table event_calendar_feed (
    email      varchar(320) not null primary key,
    token      varchar(64)  not null,
    created_at timestamp    not null,
    constraint uq_event_calendar_feed_token unique (token)
);
