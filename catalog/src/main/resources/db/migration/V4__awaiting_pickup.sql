-- A copy on the hold shelf for a patron (circulation's HoldReadyForPickup), until they collect it or the hold ends.
alter table copy drop constraint copy_status_check;
alter table copy add constraint copy_status_check check (status in ('AVAILABLE', 'ON_LOAN', 'AWAITING_PICKUP'));
alter table copy add column pickup_by date;
