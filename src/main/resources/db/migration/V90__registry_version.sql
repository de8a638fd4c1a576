-- The registry's version: one counter every node reads, raised after each committed write to the registry
-- (shared.RegistryVersion). Pages and answers derived from the registry carry it in their ETag, and caches
-- of rendered pages and of the day's figures are valid while it stands.
create table registry_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into registry_version (id, version) values (1, 1);
