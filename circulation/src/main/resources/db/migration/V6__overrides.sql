-- A librarian's override of a refusal at the desk: which refusal, why, by whom, when.
create table loan_override (
    id          uuid primary key,
    loan_id     uuid        not null references loan (id),
    action      text        not null check (action in ('CHECKOUT', 'RENEWAL')),
    refusal     text        not null,
    note        text        not null,
    overridden_by text      not null,
    at          timestamptz not null
);

create index loan_override_per_loan on loan_override (loan_id);
