-- The library's branches, as its administrator names them: where a patron may collect a hold, where a desk checks
-- copies in. A branch is never deleted (holds name it), only renamed.
create table branch (
    code text primary key check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'),
    name text not null check (length(name) between 1 and 100)
);

-- A hold may name the branch its patron collects at. A copy checked in elsewhere goes there IN_TRANSIT, kept for the
-- hold, and becomes READY when it is checked in at that branch. Without a pick-up branch a hold is filled as before.
alter table hold add column pickup_branch text references branch (code);
alter table hold drop constraint hold_status_check;
alter table hold add constraint hold_status_check
    check (status in ('WAITING', 'IN_TRANSIT', 'READY', 'FULFILLED', 'CANCELLED', 'EXPIRED'));
alter table hold add constraint hold_in_transit_check
    check (status <> 'IN_TRANSIT' or (copy_id is not null and pickup_branch is not null));

-- one hold at most on any copy kept for a patron, on the hold shelf or on its way there
drop index hold_ready_per_copy;
create unique index hold_kept_per_copy on hold (copy_id) where status in ('IN_TRANSIT', 'READY');

-- one active hold per patron and book, travelling ones too
drop index hold_active_per_patron_book;
create unique index hold_active_per_patron_book on hold (book_id, patron_id)
    where status in ('WAITING', 'IN_TRANSIT', 'READY');
