-- Imports run as jobs (issue 14): the uploaded file lives here in chunks, so that any catalog instance can run or
-- resume a job; a job is claimed with a lease its runner renews, and each batch of records commits together with
-- the job's checkpoint (records and bytes read) and the problems it found, so a takeover resumes exactly there.
create table import_job (
    id            uuid primary key,
    state         text        not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    format        text        not null check (format in ('csv', 'marc', 'marcxml')),
    items         text check (items in ('952', '949', '852')),
    total_bytes   bigint      not null,
    total_records bigint,
    created_by    text,
    created_at    timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    owner         text,
    lease_until   timestamptz,
    attempts      int         not null default 0,
    records_read  bigint      not null default 0,
    bytes_read    bigint      not null default 0,
    created       bigint      not null default 0,
    updated       bigint      not null default 0,
    unchanged     bigint      not null default 0,
    skipped       bigint      not null default 0,
    rejected      bigint      not null default 0,
    warnings      bigint      not null default 0,
    copies        bigint      not null default 0,
    items_refused bigint      not null default 0,
    problems      bigint      not null default 0,
    failure       text
);

create index import_job_claimable on import_job (created_at) where state in ('QUEUED', 'RUNNING');

create table import_file_chunk (
    job_id uuid  not null references import_job (id) on delete cascade,
    seq    int   not null,
    data   bytea not null,
    primary key (job_id, seq)
);

create table import_problem (
    job_id      uuid   not null references import_job (id) on delete cascade,
    seq         bigint not null,
    record      bigint not null,
    byte_offset bigint,
    kind        text   not null,
    field       text,
    rule        text   not null,
    message     text   not null,
    primary key (job_id, seq)
);
