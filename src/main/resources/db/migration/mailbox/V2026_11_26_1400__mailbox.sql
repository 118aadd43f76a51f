-- The Postfach: one thread per submission, its messages (authority ↔ applicant) and their attachments.

-- Who may read a thread is decided by the submissions module on every request; applicant_account and
-- institution_id are copied here only so that a person's Postfach lists their threads with one query.
create table mailbox_thread (
  id uuid not null primary key,
  submission_id uuid not null,
  reference varchar(40) not null,
  service_name varchar(200) not null,
  applicant_account uuid,
  institution_id uuid,
  created_at timestamp(6) with time zone not null,
  last_message_at timestamp(6) with time zone not null,
  constraint mailbox_thread_submission_uq unique (submission_id)
);
create index mailbox_thread_applicant_idx on mailbox_thread (applicant_account, last_message_at);
create index mailbox_thread_institution_idx on mailbox_thread (institution_id, last_message_at);

-- status_changed_to/at: the status change this message caused (a query → waiting for the applicant), so that
-- the applicant gets one mail for the message, not a second one for the status change.
create table mailbox_message (
  id uuid not null primary key,
  thread_id uuid not null references mailbox_thread (id) on delete cascade,
  kind varchar(30) not null,
  body varchar(10000) not null,
  requested_documents varchar(4000) not null,
  author_account uuid,
  sent_at timestamp(6) with time zone not null,
  read_at timestamp(6) with time zone,
  status_changed_to varchar(30),
  status_changed_at timestamp(6) with time zone
);
create index mailbox_message_thread_idx on mailbox_message (thread_id, sent_at);

create table mailbox_attachment (
  message_id uuid not null references mailbox_message (id) on delete cascade,
  ordinal integer not null,
  document_id uuid not null,
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size_bytes bigint not null,
  primary key (message_id, ordinal)
);
create index mailbox_attachment_document_idx on mailbox_attachment (document_id);
