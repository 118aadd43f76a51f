-- Spring Modulith's event publication registry: the transactional outbox of domain events.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar(20000) not null,
  publication_date timestamp(6) with time zone not null,
  completion_date timestamp(6) with time zone,
  status varchar(20),
  completion_attempts integer not null default 0,
  last_resubmission_date timestamp(6) with time zone
);
create index event_publication_incomplete_idx on event_publication (completion_date, publication_date);
