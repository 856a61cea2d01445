-- Events waiting to be relayed to Kafka, written in the same transaction as the change they describe.
create table outbox (
    id         bigint generated always as identity primary key,
    topic      text        not null,
    record_key text        not null,
    envelope   text        not null, -- sent byte for byte as written
    created_at timestamptz not null
);

-- Ids of the events this service has already applied, so that a redelivery changes nothing.
create table inbox (
    event_id    uuid primary key,
    type        text        not null,
    received_at timestamptz not null default now()
);
