-- A copy's branch (the one that owns it) and its item type (what the loan rules go by), as codes circulation's
-- branches and policy rules use: both optional, since a library need not record either.
alter table copy add column branch text check (branch ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$');
alter table copy add column item_type text check (item_type ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$');
