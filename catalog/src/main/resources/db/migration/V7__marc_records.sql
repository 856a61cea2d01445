-- Issue 14: records as MARC 21 describes them. Only the title is required: no ISBN or author needed, and an ISBN
-- no longer names one book by a unique column; the keys a re-import is matched by live in book_key.
alter table book alter column isbn drop not null;
alter table book drop constraint book_isbn_key;
alter table book alter column authors set default '{}';
create index book_isbn on book (isbn);

alter table book
    -- the whole model (BookDetails) as JSON; null for rows written before it, which read from the columns
    add column details         jsonb,
    -- the whole MARC record as imported (MARC-in-JSON), kept for export; null for books made through the API
    add column marc            jsonb,
    add column format          text not null default 'BOOK',
    -- the title an order by title files under (without its non-filing characters)
    add column filing_title    text,
    -- titles and names in their original script (880 fields), for search
    add column original_script text[] not null default '{}',
    -- every valid ISBN (isbn is the first), for search
    add column isbns           text[] not null default '{}';
update book set isbns = array[isbn] where isbn is not null;

-- The keys a record is matched by on import, each naming one book: 'id:(<003>)<001>' or 'id:<035 $a>' (the same
-- form, so a record's control number finds the record another catalogue lists under 035), and 'isbn:<ISBN-13>'.
-- No foreign key: an import claims a new book's keys before it inserts the book, and a deferred check would queue
-- one event per key until the commit of a file of a million records; removing a book removes its keys.
create table book_key (
    key     text primary key,
    book_id uuid not null
);
create index book_key_book_id on book_key (book_id);

insert into book_key (key, book_id) select 'isbn:' || isbn, id from book;
