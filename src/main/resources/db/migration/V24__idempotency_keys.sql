-- Idempotency keys (interfaces.md §13, §14): the first answer to a POST with an Idempotency-Key, kept for 24 hours
-- and given again to a retry with the same key and request; in the database, so every node knows every key.
-- scope is who asked (the account, the token's account, or the client address when anonymous).
create table idempotency_key (
    scope           varchar(320)  not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    created_at      timestamp     not null,
    completed       boolean       not null default false,
    status          integer,
    content_type    varchar(200),
    location        varchar(2000),
    etag            varchar(200),
    body            bytea,
    constraint pk_idempotency_key primary key (scope, idempotency_key)
);
create index ix_idempotency_key_age on idempotency_key (created_at);
