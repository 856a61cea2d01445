-- V30's two trigger functions differed only in the deleted flag: one function now serves the three triggers, each
-- naming its rows' transition table `affected_books` and passing the flag as its argument.
create function book_change_recorded() returns trigger language plpgsql as $$
begin
    insert into book_change (book_id, changed_at, deleted, format)
    select id, clock_timestamp(), tg_argv[0]::boolean, format from affected_books
    on conflict (book_id) do update set changed_at = excluded.changed_at, deleted = excluded.deleted,
                                        format = excluded.format;
    return null;
end $$;

drop trigger book_inserted_change on book;
drop trigger book_updated_change on book;
drop trigger book_deleted_change on book;
drop function book_changed();
drop function book_removed();

create trigger book_inserted_change after insert on book
    referencing new table as affected_books for each statement execute function book_change_recorded('false');
create trigger book_updated_change after update on book
    referencing new table as affected_books for each statement execute function book_change_recorded('false');
create trigger book_deleted_change after delete on book
    referencing old table as affected_books for each statement execute function book_change_recorded('true');
