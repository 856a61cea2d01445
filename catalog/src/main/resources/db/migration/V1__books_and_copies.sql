create table book (
    id         uuid primary key,
    title      text        not null,
    authors    text[]      not null,
    isbn       char(13)    not null unique,
    created_at timestamptz not null
);

create table copy (
    id         uuid primary key,
    book_id    uuid        not null references book (id) on delete cascade,
    barcode    text        not null unique,
    -- kept from circulation's events
    status     text        not null default 'AVAILABLE' check (status in ('AVAILABLE', 'ON_LOAN')),
    due_date   date,
    created_at timestamptz not null
);

create index copy_book_id on copy (book_id);
