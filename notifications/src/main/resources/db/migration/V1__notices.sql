-- Replicas of what the notices need from the other services, kept from their events.
create table recipient (
    patron_id uuid primary key,
    barcode   text,
    name      text,
    email     text -- null: the patron gets printed notices
);

create table book_title (
    book_id uuid primary key,
    title   text not null
);

create table copy_branch (
    copy_id uuid primary key,
    book_id uuid,
    branch  text
);

-- Each hold and loan as circulation's events last told it: checked just before a notice about it is sent.
create table hold_state (
    hold_id      uuid primary key,
    patron_id    uuid not null,
    book_id      uuid not null,
    status       text not null,
    copy_id      uuid,
    item_barcode text,
    pickup_by    date,
    branch       text
);

create table loan_state (
    loan_id      uuid primary key,
    patron_id    uuid not null,
    copy_id      uuid not null,
    book_id      uuid,
    item_barcode text,
    due_date     date not null,
    returned_at  timestamptz
);
create index loan_state_open on loan_state (due_date) where returned_at is null;

-- A patron's choice of which kinds of notice come by email, and in which language.
create table notice_preference (
    patron_id   uuid primary key,
    email_kinds text[] not null,
    language    text,
    updated_at  timestamptz not null
);

-- Mustache templates per kind and language; the built-in English ones are rows like any other.
create table notice_template (
    kind       text not null,
    language   text not null,
    subject    text not null,
    body       text not null,
    updated_at timestamptz not null default now(),
    primary key (kind, language)
);

-- Every notice owed, and what became of it: the delivery log. dedupe_key makes one event (or one loan's due
-- date) owe one notice, however often it is delivered or by however many instances.
create table notice (
    id              uuid primary key,
    dedupe_key      text        not null unique,
    kind            text        not null,
    patron_id       uuid        not null,
    hold_id         uuid,
    loan_id         uuid,
    copy_id         uuid,
    due_date        date,
    level           int,
    amount          numeric(12, 2),
    status          text        not null, -- PENDING, SENDING, SENT, FAILED, STALE, PRINT, OPTED_OUT
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    recipient       text,
    subject         text,
    body            text,
    failure         text,
    resend_of       uuid
);
create index notice_owed on notice (next_attempt_at) where status in ('PENDING', 'SENDING');
create index notice_of_patron on notice (patron_id, created_at desc);
create index notice_to_print on notice (created_at) where status = 'PRINT';

-- ShedLock: the due-soon and overdue work runs on one instance at a time.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
