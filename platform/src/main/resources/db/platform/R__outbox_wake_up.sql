-- Wakes the outbox relays (platform's RelayWakeUps, which LISTEN on outbox_wake_up) when a transaction adds outbox
-- rows. PostgreSQL delivers a notification when the transaction commits, and only one per transaction and payload
-- however many rows it added, so a large import wakes the relay once. A relay that misses one still polls every few
-- seconds: no event is lost, it only waits longer.
create or replace function outbox_wake_up() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_wake_up', '');
    return null;
end
$$;

drop trigger if exists outbox_wake_up on outbox;
create trigger outbox_wake_up after insert on outbox for each statement execute function outbox_wake_up();
