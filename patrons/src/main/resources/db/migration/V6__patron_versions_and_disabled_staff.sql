-- A patron's details are edited under an optimistic lock: the version is the record's ETag, and each change
-- moves it on, so an edit made from an older reading is refused (412) rather than overwriting a newer one.
alter table patrons add column version bigint not null default 0;

-- A disabled account cannot sign in; an administrator enables it again.
alter table account add column disabled_at timestamptz;
