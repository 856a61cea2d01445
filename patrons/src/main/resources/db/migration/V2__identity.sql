-- Who can sign in: staff accounts (username, roles LIBRARIAN/ADMIN) and patrons' accounts (linked to a patron,
-- who signs in with their card barcode or email).
create table account (
    id              uuid primary key,
    username        text        not null unique check (username = lower(username)),
    password_hash   text        not null,
    roles           text[]      not null,
    patron_id       uuid unique references patrons (id) on delete cascade,
    failed_sign_ins int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null
);

-- Refresh tokens are stored only as hashes. Each sign-in starts a family; a refresh replaces the token with the
-- next one in its family, and a token presented twice revokes the whole family (it was stolen, or replayed).
create table refresh_token (
    token_hash  text primary key,
    family_id   uuid        not null,
    account_id  uuid        not null references account (id) on delete cascade,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    replaced_at timestamptz,
    revoked_at  timestamptz
);

create index refresh_token_family on refresh_token (family_id);

-- The keys access tokens are signed with. The newest is used for signing; older ones stay published in the
-- JWKS until every token they signed has expired, so keys rotate without anybody being signed out.
create table signing_key (
    kid        text primary key,
    jwk        text        not null,
    created_at timestamptz not null
);
