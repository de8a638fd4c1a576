-- Data package imports started from the administrators' page, and where each stands: the upload runs on the node
-- that received it, and the page polls whichever node the load balancer picks, so the job lives here and not in
-- one node's memory. The newest are kept (ImportJobs.KEPT); read and written counts per file, and the first
-- problems, as JSON.
create table import_job (
    id              varchar(36)   not null primary key,
    file_name       varchar(300)  not null,
    started_by      varchar(320),
    started_at      timestamp     not null,
    updated_at      timestamp     not null,
    finished_at     timestamp,
    state           varchar(20)   not null,
    validated       boolean       not null default false,
    changed         boolean       not null default false,
    files_read      varchar(4000) not null default '{}',
    files_written   varchar(4000) not null default '{}',
    problems        varchar       not null default '[]',
    problems_total  integer       not null default 0,
    constraint ck_import_job_state check (state in ('waiting', 'running', 'imported', 'rejected', 'failed'))
);
create index ix_import_job_started on import_job (started_at);
