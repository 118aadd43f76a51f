-- Attachments of outgoing mail (e.g. a receipt the applicant asked to get by mail), deleted with their mail.
create table outgoing_mail_attachment (
  id uuid not null primary key,
  mail_id uuid not null references outgoing_mail (id) on delete cascade,
  position integer not null,
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  content bytea not null
);
create index outgoing_mail_attachment_mail_idx on outgoing_mail_attachment (mail_id, position);
