-- The publiccode.yml a product last imported, as read: every key as JSON (String, Boolean, list, map).
-- Its export writes these keys back, with the registry's own values where a person changed them since.
-- Its own table, not a product column: the history keeps product columns, and this is a whole file.
create table product_publiccode (
    product_id  bigint        not null primary key references product (id) on delete cascade,
    file_values varchar       not null,
    source_url  varchar(2000),
    imported_at timestamp     not null
);

-- A harvested publiccode.yml that names another product (its name and url both differ from the
-- product's): nothing of it is applied until one of the product's managers accepts it ('open'), or it
-- is kept out for good ('kept': the same name and url from that repository are not asked about again).
create table product_publiccode_conflict (
    id             bigint        not null primary key,
    product_id     bigint        not null references product (id) on delete cascade,
    repository_url varchar(2000) not null,
    file_name      varchar,
    file_url       varchar,
    content        varchar       not null,
    state          varchar(10)   not null,
    found_at       timestamp     not null,
    version        bigint        not null default 0,
    created_at     timestamp     not null,
    updated_at     timestamp     not null,
    constraint uq_product_publiccode_conflict unique (product_id, repository_url),
    constraint ck_product_publiccode_conflict_state check (state in ('open', 'kept'))
);
create sequence product_publiccode_conflict_seq start with 1 increment by 50;
