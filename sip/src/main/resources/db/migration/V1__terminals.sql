-- The self-check kiosks (SIP2 terminals) that may log in, each with its own login and password.
create table terminal (
    id            uuid primary key,
    login         text not null unique,
    password_hash text not null,
    location      text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null,
    disabled_at   timestamptz
);
