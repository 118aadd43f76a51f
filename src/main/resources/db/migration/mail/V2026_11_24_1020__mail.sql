-- Outgoing mail: written in the sender's transaction, delivered after commit, retried until sent.
create table outgoing_mail (
  id uuid not null primary key,
  recipient varchar(320) not null,
  subject varchar(500) not null,
  body varchar(20000) not null,
  status varchar(20) not null,
  attempts integer not null,
  last_error varchar(1000),
  created_at timestamp(6) with time zone not null,
  sent_at timestamp(6) with time zone
);
create index outgoing_mail_status_idx on outgoing_mail (status, created_at);
create index outgoing_mail_created_idx on outgoing_mail (created_at);
