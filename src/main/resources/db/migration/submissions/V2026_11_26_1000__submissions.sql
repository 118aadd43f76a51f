-- Applications (Anträge): drafts while the citizen fills the form, submissions once sent, their attachments
-- and the status timeline the applicant sees.

-- A draft is tied to the exact form version it was started with. Anonymous drafts belong to the browser
-- session that started them, or to whoever holds the resume link (only its hash is stored).
create table submission_draft (
  id uuid not null primary key,
  service_id uuid not null,
  service_slug varchar(100) not null,
  form_version_id uuid not null,
  owner_account uuid,
  institution_id uuid,
  answers varchar(1000000) not null,
  current_page varchar(100),
  locale varchar(10) not null,
  resume_email varchar(320),
  resume_token_hash varchar(64),
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  expires_at timestamp(6) with time zone not null,
  reminded_at timestamp(6) with time zone,
  submission_id uuid,
  version bigint not null
);
create index submission_draft_owner_idx on submission_draft (owner_account, updated_at);
create index submission_draft_expiry_idx on submission_draft (expires_at);
create unique index submission_draft_resume_idx on submission_draft (resume_token_hash);

-- Reference numbers (MUS-2026-000123) come from a sequence: no row lock serialises concurrent submissions.
create sequence submission_reference_seq start with 1 increment by 1;

-- One submission per draft (the unique draft_id makes a replayed submit a no-op).
create table submission (
  id uuid not null primary key,
  reference varchar(40) not null,
  draft_id uuid not null,
  service_id uuid not null,
  service_slug varchar(100) not null,
  service_name varchar(200) not null,
  form_id uuid not null,
  form_version_id uuid not null,
  responsible_unit uuid not null,
  applicant_account uuid,
  institution_id uuid,
  contact_email varchar(320),
  locale varchar(10) not null,
  answers varchar(1000000) not null,
  status varchar(30) not null,
  submitted_at timestamp(6) with time zone not null,
  receipt_by_mail boolean not null,
  rated_after_submission boolean not null,
  rated_after_decision boolean not null,
  version bigint not null,
  constraint submission_reference_uq unique (reference),
  constraint submission_draft_uq unique (draft_id)
);
create index submission_applicant_idx on submission (applicant_account, submitted_at);
create index submission_institution_idx on submission (institution_id, submitted_at);

-- Files of a draft; at submit they move to the submission in the same transaction.
create table submission_attachment (
  id uuid not null primary key,
  draft_id uuid,
  submission_id uuid,
  document_id uuid not null,
  field_path varchar(300) not null,
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size_bytes bigint not null,
  created_at timestamp(6) with time zone not null
);
create index submission_attachment_draft_idx on submission_attachment (draft_id);
create index submission_attachment_submission_idx on submission_attachment (submission_id);

-- Status timeline: received, in progress, waiting for the applicant, decided, closed (and rejected/withdrawn).
create table submission_status_change (
  id uuid not null primary key,
  submission_id uuid not null references submission (id) on delete cascade,
  status varchar(30) not null,
  changed_at timestamp(6) with time zone not null
);
create index submission_status_change_idx on submission_status_change (submission_id, changed_at);
