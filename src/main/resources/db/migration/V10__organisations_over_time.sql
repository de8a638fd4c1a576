-- Organisations over time (interfaces.md §2.1, §8): founded, dissolved, the successor that took over,
-- an EAN location number; membership of the association as any number of periods; a Danish sort key
-- for lists the database pages. Written for both H2 (PostgreSQL mode) and PostgreSQL.

alter table organisation add column founded_on date;
alter table organisation add column dissolved_on date;
alter table organisation add column successor_id bigint references organisation (id);
alter table organisation add column ean varchar(13);
alter table organisation add constraint ck_organisation_existence
    check (dissolved_on is null or founded_on is null or dissolved_on >= founded_on);

-- The 2007 reform's dissolved municipalities and the new ones may share a code (the new Aarhus kept 751):
-- a code is unique only among organisations whose existence overlaps, which the application checks.
alter table organisation drop constraint uq_organisation_municipality_code;
create index ix_organisation_code on organisation (country, municipality_code);
create index ix_organisation_successor on organisation (successor_id);

-- SortKeys.danish(name): lists are ordered by the database in Danish order, alike on every engine.
alter table organisation add column sort_key varchar(400);
alter table product add column sort_key varchar(400);
create index ix_organisation_sort on organisation (sort_key, name, org_key);
create index ix_product_sort on product (sort_key, name, product_key);
create index ix_product_owner on product (owner_id);

create table membership (
    id              bigint        not null primary key,
    organisation_id bigint        not null references organisation (id),
    since           date          not null,
    until           date,
    version         bigint        not null default 0,
    created_at      timestamp     not null,
    updated_at      timestamp     not null,
    constraint uq_membership unique (organisation_id, since),
    constraint ck_membership_period check (until is null or until >= since)
);
create sequence membership_seq start with 1 increment by 50;

-- What the figures filter and join on: people by organisation (exists), participations by person and
-- product (exist); usages by organisation (the unique constraint's index) and by product (exists).
create index ix_participation_identity on participation (person_id, product_id, role, since);
