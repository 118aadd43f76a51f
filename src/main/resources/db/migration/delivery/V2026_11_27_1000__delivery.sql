-- Hand-over of applications to specialist procedures and DMS (see docs/adr/0013).
-- A service has zero or more channels; the HMAC secret of a webhook is kept to sign, and never shown again.
create table delivery_channel (
  id uuid not null primary key,
  service_id uuid not null,
  service_slug varchar(200) not null,
  type varchar(30) not null,
  name varchar(200) not null,
  target varchar(1000) not null,
  secret varchar(200),
  enabled boolean not null,
  created_at timestamp(6) with time zone not null,
  version bigint not null
);
create index delivery_channel_service_idx on delivery_channel (service_id, enabled);

-- One row per submission and channel; the idempotency key makes a redelivered SubmissionReceived harmless
-- and travels to the receiver, who deduplicates by it.
create table delivery (
  id uuid not null primary key,
  idempotency_key varchar(100) not null,
  submission_id uuid not null,
  reference varchar(50) not null,
  channel_id uuid not null references delivery_channel (id),
  state varchar(20) not null,
  attempts integer not null,
  next_attempt_at timestamp(6) with time zone not null,
  last_error varchar(1000),
  created_at timestamp(6) with time zone not null,
  delivered_at timestamp(6) with time zone,
  version bigint not null,
  constraint delivery_idempotency_key_uq unique (idempotency_key)
);
-- the worker's query (due pending rows), the operator page (open rows, newest first), the case view
create index delivery_due_idx on delivery (state, next_attempt_at);
create index delivery_submission_idx on delivery (submission_id);
