-- Loan policies are data. A rule names the patron category, item type and branch it applies to (null: any);
-- the most specific matching rule picks the policy.
create table loan_policy (
    id               text primary key check (id ~ '^[a-z][a-z0-9-]{0,39}$'),
    name             text          not null,
    loan_period_days int           not null check (loan_period_days between 1 and 365),
    renewals_allowed int           not null check (renewals_allowed between 0 and 100),
    max_open_loans   int           not null check (max_open_loans >= 0),
    max_holds        int           not null check (max_holds >= 0),
    fine_per_day     numeric(10,2) not null check (fine_per_day >= 0),
    grace_days       int           not null check (grace_days >= 0),
    max_fine         numeric(10,2) not null check (max_fine >= 0)
);

create table policy_rule (
    id              bigint generated always as identity primary key,
    patron_category text,
    item_type       text,
    branch          text,
    policy_id       text not null references loan_policy (id),
    unique nulls not distinct (patron_category, item_type, branch)
);

insert into loan_policy values ('standard', 'Standard loan', 21, 3, 20, 10, 0.25, 2, 10.00);
insert into policy_rule (policy_id) values ('standard');

-- Days a branch (or, with branch null, the whole library) is closed; due dates move to the next open day.
create table closed_day (
    branch text not null default '*',
    day    date not null,
    reason text,
    primary key (branch, day)
);

-- Weekdays a branch is closed every week (1 = Monday ... 7 = Sunday).
create table weekly_closing (
    branch  text not null default '*',
    weekday int  not null check (weekday between 1 and 7),
    primary key (branch, weekday)
);

alter table item add column item_type text, add column branch text;
alter table loan add column renewals int not null default 0, add column policy_id text;
