-- A policy's notice settings, carried to the notifications service on its loans' events. Null: that service's own
-- defaults (3 days; 1, 7 and 14 days). An empty overdue list: no overdue notices under this policy.
alter table loan_policy
    add column due_soon_days       int,
    add column overdue_notice_days int[];
