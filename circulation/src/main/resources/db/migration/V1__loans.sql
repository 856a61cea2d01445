-- Circulation's own copy of what it needs from the catalogue, kept from catalog events.
create table item (
    copy_id uuid primary key,
    barcode text not null unique,
    book_id uuid not null,
    title   text not null
);

-- Circulation's own copy of what it needs from patrons, kept from patron events.
create table borrower (
    patron_id uuid primary key,
    barcode   text not null unique,
    name      text not null,
    status    text not null
);

-- A loan keeps the barcodes and title it was made with, so it reads the same after the copy is withdrawn.
create table loan (
    id             uuid primary key,
    copy_id        uuid        not null,
    item_barcode   text        not null,
    book_id        uuid        not null,
    title          text        not null,
    patron_id      uuid        not null,
    patron_barcode text        not null,
    checked_out_at timestamptz not null,
    due_date       date        not null,
    returned_at    timestamptz
);

-- A copy is on at most one open loan: the database itself refuses a second concurrent check-out.
create unique index loan_open_per_copy on loan (copy_id) where returned_at is null;
create index loan_open_per_item_barcode on loan (item_barcode) where returned_at is null;
create index loan_per_patron on loan (patron_id, checked_out_at desc);
