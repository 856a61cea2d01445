-- Issue 3: full bibliographic records, shelving of copies, and a version per row for ETag/If-Match.
alter table book
    add column subtitle         text,
    add column publisher        text,
    add column publication_year int,
    add column language         text,
    add column subjects         text[] not null default '{}',
    add column description      text,
    add column edition          text,
    add column version          bigint not null default 0,
    add column updated_at       timestamptz;
update book set updated_at = created_at;
alter table book alter column updated_at set not null;

alter table copy
    add column shelf_mark text,
    add column location   text,
    add column note       text,
    add column version    bigint not null default 0;
