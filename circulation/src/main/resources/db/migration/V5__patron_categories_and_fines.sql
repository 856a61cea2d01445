-- The patron categories' limits, kept from the patrons service's CategoryChanged events.
create table patron_category (
    code             text primary key,
    max_open_loans   int           not null,
    max_holds        int           not null,
    max_fine_balance numeric(10,2) not null
);

-- One fine per overdue loan. Its amount grows day by day while the loan stays open (within the policy's cap) and
-- is final once the copy is back; payments and waivers settle it.
create table fine (
    id             uuid primary key,
    loan_id        uuid          not null unique references loan (id),
    patron_id      uuid          not null,
    patron_barcode text          not null,
    amount         numeric(10,2) not null check (amount > 0),
    paid           numeric(10,2) not null default 0 check (paid >= 0),
    waived         numeric(10,2) not null default 0 check (waived >= 0),
    final          boolean       not null default false,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);

create index fine_per_patron on fine (patron_id);

create table fine_settlement (
    id          uuid primary key,
    fine_id     uuid          not null references fine (id),
    kind        text          not null check (kind in ('PAYMENT', 'WAIVER')),
    amount      numeric(10,2) not null check (amount > 0),
    reason      text,
    recorded_at timestamptz   not null
);

-- set once, when a loan is first found overdue (and ItemOverdue goes out)
alter table loan add column overdue_since date;
create index loan_open_due on loan (due_date) where returned_at is null;
