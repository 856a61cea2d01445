-- Failed sign-ins, counted per username whether or not an account has it (so that counting says nothing about who
-- has an account) and per client address. Each subject (an account, or a username no account has) has one row per
-- address it failed from, which may lock that address out, and one row for all addresses ('*'), which only ever
-- slows sign-in down: anyone can fail from anywhere, so an account-wide lock would let anyone lock anyone out.
create table sign_in_failure (
    subject         text        not null,
    address         text        not null,
    failures        int         not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    primary key (subject, address)
);

create index sign_in_failure_last on sign_in_failure (last_failure_at);

-- account.failed_sign_ins and account.locked_until are read no more; they go once no older instance reads them.
