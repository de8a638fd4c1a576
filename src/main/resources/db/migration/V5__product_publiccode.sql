-- What a product's publiccode.yml says about it, and where each value of a product came from.
-- Written for both H2 (PostgreSQL mode) and PostgreSQL. Unbounded varchar where publiccode.yml allows
-- long text (long descriptions up to 10 000 graphemes, lists of categories).

alter table product add column development_status varchar(30);
alter table product add column software_type varchar(40);
alter table product add column maintenance_type varchar(20);
-- one value per line: categories are code-list tokens, platforms free text without line breaks
alter table product add column categories varchar;
alter table product add column platforms varchar;
alter table product add column logo varchar(1000);
alter table product add column release_version varchar(100);
alter table product add column release_date date;

-- One row per language of the publiccode.yml description (or a person's own text for it).
create table product_description (
    id                bigint        not null primary key,
    product_id        bigint        not null references product (id) on delete cascade,
    language          varchar(100)  not null,
    localised_name    varchar(300),
    short_description varchar(1000),
    long_description  varchar,
    -- one feature per line
    features          varchar,
    version           bigint        not null default 0,
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    constraint uq_product_description unique (product_id, language)
);
create sequence product_description_seq start with 1 increment by 50;

-- maintenance.contacts and maintenance.contractors of the publiccode.yml, in file order.
create table product_contact (
    id          bigint        not null primary key,
    product_id  bigint        not null references product (id) on delete cascade,
    kind        varchar(20)   not null,
    list_order  integer       not null,
    name        varchar(300)  not null,
    email       varchar(320),
    affiliation varchar(300),
    phone       varchar(100),
    website     varchar(1000),
    until       date,
    version     bigint        not null default 0,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    constraint ck_product_contact_kind check (kind in ('contact', 'contractor'))
);
create index ix_product_contact_product on product_contact (product_id);
create sequence product_contact_seq start with 1 increment by 50;

-- Where a field's value came from: a person's edit ('manual') or a publiccode.yml ('publiccode', with the
-- repository it was harvested from, null for an uploaded file). A harvest leaves 'manual' fields alone.
create table product_field_source (
    product_id  bigint         not null references product (id) on delete cascade,
    field       varchar(120)   not null,
    source      varchar(20)    not null,
    source_url  varchar(2000),
    recorded_at timestamp      not null,
    primary key (product_id, field),
    constraint ck_product_field_source check (source in ('manual', 'publiccode'))
);
