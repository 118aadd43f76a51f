-- Keys of the Open311 clients (see docs/adr/0018). Only a SHA-256 hash of each key is kept: the key itself is
-- shown once, when it is created. The prefix lets administrators tell keys apart without revealing them.
create table open311_api_key (
  id uuid not null primary key,
  name varchar(200) not null,
  key_hash varchar(64) not null,
  key_prefix varchar(20) not null,
  trusted boolean not null,
  requests_per_minute integer not null,
  created_at timestamp(6) with time zone not null,
  revoked_at timestamp(6) with time zone,
  version bigint not null,
  constraint open311_api_key_hash_uq unique (key_hash)
);
create index open311_api_key_created_idx on open311_api_key (created_at);
