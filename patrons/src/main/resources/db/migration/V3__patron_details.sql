-- Patron categories are data: each carries the limits circulation applies to its patrons.
create table patron_category (
    code                 text primary key check (code ~ '^[a-z][a-z0-9-]{0,31}$'),
    name                 text          not null check (char_length(name) between 1 and 100),
    max_open_loans       int           not null check (max_open_loans >= 0),
    max_holds            int           not null check (max_holds >= 0),
    max_fine_balance     numeric(10,2) not null check (max_fine_balance >= 0),
    card_validity_months int           not null check (card_validity_months between 1 and 120)
);

insert into patron_category (code, name, max_open_loans, max_holds, max_fine_balance, card_validity_months) values
    ('adult', 'Adult', 20, 10, 10.00, 36),
    ('child', 'Child', 10, 5, 5.00, 24),
    ('student', 'Student', 30, 15, 10.00, 12),
    ('staff', 'Staff', 50, 20, 25.00, 60);

alter table patrons
    add column phone          text check (char_length(phone) <= 30),
    add column address        text check (char_length(address) <= 500),
    add column date_of_birth  date,
    add column category       text not null default 'adult' references patron_category (code),
    add column card_expires_on date,
    add column blocked_reason text check (char_length(blocked_reason) <= 500);

update patrons set card_expires_on = (created_at + interval '36 months')::date;
alter table patrons alter column card_expires_on set not null;
alter table patrons alter column category drop default;
-- a blocked patron always has a reason, and only a blocked one
alter table patrons add constraint patrons_block_has_reason
    check ((status = 'BLOCKED') = (blocked_reason is not null));

-- the desk finds patrons by any part of their name
create extension if not exists pg_trgm;
create index patrons_name_search on patrons using gin (lower(name) gin_trgm_ops);
