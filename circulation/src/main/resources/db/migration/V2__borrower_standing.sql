-- What circulation needs to know of a patron's standing: their category (whose limits apply) and card expiry.
alter table borrower
    add column category        text not null default 'adult',
    add column card_expires_on date,
    add column blocked_reason  text;
