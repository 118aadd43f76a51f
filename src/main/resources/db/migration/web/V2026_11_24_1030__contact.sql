-- Messages from the contact form, addressed to an org unit.
create table contact_message (
  id uuid not null primary key,
  org_unit_id uuid not null,
  sender_name varchar(200) not null,
  sender_email varchar(320) not null,
  subject varchar(200) not null,
  message varchar(5000) not null,
  locale varchar(10) not null,
  created_at timestamp(6) with time zone not null
);
create index contact_message_unit_idx on contact_message (org_unit_id, created_at);
create index contact_message_created_idx on contact_message (created_at);
