-- The daily digest: the kinds a patron gets gathered into one email a day, the notices held for it (status DIGEST)
-- and the digest each was sent in. A digest is a notice like the others (kind DIGEST), keyed by patron and day.
alter table notice_preference add column digest_kinds text[] not null default '{}';
alter table notice add column digest_id uuid;
create index notice_held on notice (patron_id) where status = 'DIGEST';
create index notice_in_digest on notice (digest_id) where digest_id is not null;

insert into notice_template (kind, language, subject, body) values
('DIGEST', 'en', 'Your library notices of {{date}}',
'Dear {{patronName}},

Your notices of {{date}} from the library ({{count}}):
{{#notices}}

--- {{subject}} ---
{{body}}
{{/notices}}
');
