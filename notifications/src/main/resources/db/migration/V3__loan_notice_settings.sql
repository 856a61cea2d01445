-- Each loan's notice settings from its loan policy, as its check-out or last renewal carried them. Null: this
-- service's defaults (NOTICES_DUE_SOON_DAYS, NOTICES_OVERDUE_DAYS); an empty overdue list: no overdue notices.
alter table loan_state
    add column due_soon_days int,
    add column overdue_days  int[];
