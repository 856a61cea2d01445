-- OAI-PMH (docs/sru-oai.md): when each record last changed, kept for ever, deletions included, so that a harvester
-- can ask for what changed since its last harvest and learn of every record removed since (deletedRecord:
-- persistent). One row a book, written by triggers in the transaction of the change itself, whatever statement
-- made it (the API, an import's batched upserts, a removal): no code path can forget it.
create table book_change (
    book_id    uuid        primary key,
    -- clock_timestamp(), not now(): a change is stamped when its statement runs, after its transaction began, which
    -- the listing's stable bound relies on (the oldest transaction still writing cannot stamp earlier than it began)
    changed_at timestamptz not null,
    deleted    boolean     not null default false,
    -- the format the record had (OAI sets are formats); kept on deletion, so a set's harvester hears of it
    format     text        not null
);
-- harvests page in this order: (changed_at, book_id) after the last one a page listed
create index book_change_order on book_change (changed_at, book_id);
create index book_change_format_order on book_change (format, changed_at, book_id);

insert into book_change (book_id, changed_at, deleted, format) select id, updated_at, false, format from book;

-- statement-level triggers with transition tables: an import's batch of a thousand upserts costs one insert here
create function book_changed() returns trigger language plpgsql as $$
begin
    insert into book_change (book_id, changed_at, deleted, format)
    select id, clock_timestamp(), false, format from changed_books
    on conflict (book_id) do update set changed_at = excluded.changed_at, deleted = false, format = excluded.format;
    return null;
end $$;

create function book_removed() returns trigger language plpgsql as $$
begin
    insert into book_change (book_id, changed_at, deleted, format)
    select id, clock_timestamp(), true, format from removed_books
    on conflict (book_id) do update set changed_at = excluded.changed_at, deleted = true, format = excluded.format;
    return null;
end $$;

create trigger book_inserted_change after insert on book
    referencing new table as changed_books for each statement execute function book_changed();
create trigger book_updated_change after update on book
    referencing new table as changed_books for each statement execute function book_changed();
create trigger book_deleted_change after delete on book
    referencing old table as removed_books for each statement execute function book_removed();
