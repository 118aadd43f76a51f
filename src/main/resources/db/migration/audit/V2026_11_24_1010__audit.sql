-- Append-only audit trail. Each entry carries the SHA-256 of its predecessor's hash and its own content,
-- so removing or changing an entry breaks the chain from there on.
create table audit_entry (
  seq bigint not null primary key,
  occurred_at timestamp(6) with time zone not null,
  actor varchar(100) not null,
  action varchar(80) not null,
  subject varchar(200),
  details varchar(2000),
  client_address varchar(64),
  previous_hash varchar(64) not null,
  hash varchar(64) not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_action_idx on audit_entry (action, occurred_at);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at);

-- The head of the chain; appending locks this row so that concurrent writers on any instance serialise.
create table audit_chain_head (
  id integer not null primary key,
  last_seq bigint not null,
  last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
