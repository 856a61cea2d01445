-- Card numbers are eight digits on the barcode, so the sequence stops rather than overflow into a ninth.
create sequence library_card_number as bigint minvalue 1 maxvalue 99999999 no cycle;

create table patrons (
    id         uuid primary key,
    barcode    text        not null unique check (barcode ~ '^[0-9]{14}$'),
    name       text        not null check (char_length(name) between 1 and 200),
    -- stored normalised, so this unique constraint is also case-insensitive
    email      text        not null unique check (email = lower(email) and char_length(email) <= 254),
    status     text        not null,
    created_at timestamptz not null
);

create index patrons_newest_first on patrons (created_at desc, id desc);
