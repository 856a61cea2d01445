-- Holds: a first-come queue per book. A waiting hold becomes ready when a copy is checked in for it; the copy then
-- waits on the hold shelf for that patron until the pickup deadline.
create table hold (
    id             uuid primary key,
    book_id        uuid        not null,
    patron_id      uuid        not null,
    patron_barcode text        not null,
    placed_at      timestamptz not null,
    status         text        not null check (status in ('WAITING', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED')),
    copy_id        uuid,
    item_barcode   text,
    pickup_by      date,
    closed_at      timestamptz,
    check (status <> 'READY' or (copy_id is not null and pickup_by is not null))
);

-- one active hold per patron and book; one hold at most on any copy on the hold shelf
create unique index hold_active_per_patron_book on hold (book_id, patron_id) where status in ('WAITING', 'READY');
create unique index hold_ready_per_copy on hold (copy_id) where status = 'READY';
create index hold_queue on hold (book_id, placed_at, id) where status = 'WAITING';
create index hold_per_patron on hold (patron_id, placed_at desc);

alter table loan_policy add column pickup_days int not null default 7 check (pickup_days between 1 and 60);

-- ShedLock's table: which instance runs a scheduled job, until when
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
