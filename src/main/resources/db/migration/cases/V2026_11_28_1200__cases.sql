-- Cases (Vorgänge): one per submission, in the inbox of the service's responsible org unit.

-- The row carries everything the inbox lists and filters by (reference, service, applicant name, assignee,
-- due date), so that the inbox reads one table. submission_id is unique: a redelivered SubmissionReceived
-- finds the case it created before.
create table cases (
  id uuid not null primary key,
  submission_id uuid not null,
  reference varchar(40) not null,
  service_id uuid not null,
  service_name varchar(200) not null,
  org_unit uuid not null,
  applicant_name varchar(200) not null,
  status varchar(30) not null,
  assignee uuid,
  assignee_name varchar(200),
  due_date date,
  reminded_for date,
  received_at timestamp(6) with time zone not null,
  status_changed_at timestamp(6) with time zone not null,
  decided_at timestamp(6) with time zone,
  closed_at timestamp(6) with time zone,
  legal_hold boolean not null default false,
  legal_hold_reason varchar(500),
  version bigint not null,
  constraint cases_submission_uq unique (submission_id),
  constraint cases_reference_uq unique (reference)
);
-- the inbox: per unit, newest first, with or without a status; "my cases"; unassigned; by due date
create index cases_unit_received_idx on cases (org_unit, received_at);
create index cases_unit_status_received_idx on cases (org_unit, status, received_at);
create index cases_assignee_received_idx on cases (assignee, received_at);
create index cases_unit_due_idx on cases (org_unit, due_date);
-- the reminder and retention jobs
create index cases_due_idx on cases (due_date, reminded_for);
create index cases_closed_idx on cases (closed_at);

-- Cases per unit and status, kept in the transaction that changes a case, so the inbox's counts are one
-- small read however many cases there are.
create table case_status_count (
  org_unit uuid not null,
  status varchar(30) not null,
  cases bigint not null,
  primary key (org_unit, status)
);

-- Internal notes of the caseworkers: part of the case file, never shown to the applicant.
create table case_note (
  id uuid not null primary key,
  case_id uuid not null references cases (id) on delete cascade,
  author uuid not null,
  author_name varchar(200) not null,
  body varchar(10000) not null,
  written_at timestamp(6) with time zone not null
);
create index case_note_case_idx on case_note (case_id, written_at);

-- What happened to a case, by whom (assignments, hand-overs with their reason, status changes, holds).
create table case_history (
  id uuid not null primary key,
  case_id uuid not null references cases (id) on delete cascade,
  action varchar(40) not null,
  actor uuid,
  actor_name varchar(200),
  detail varchar(1000),
  happened_at timestamp(6) with time zone not null
);
create index case_history_case_idx on case_history (case_id, happened_at);

-- How long closed cases of a service are kept (ISO-8601 period); services without a row keep the default.
create table case_retention (
  service_id uuid not null primary key,
  service_name varchar(200) not null,
  retention varchar(20) not null,
  changed_by uuid not null,
  changed_at timestamp(6) with time zone not null
);

-- That a case was erased, and why: no reference, no names, nothing that points to a person.
create table case_deletion (
  id uuid not null primary key,
  service_id uuid not null,
  service_name varchar(200) not null,
  closed_at timestamp(6) with time zone not null,
  erased_at timestamp(6) with time zone not null,
  reason varchar(200) not null,
  documents integer not null,
  messages integer not null
);
create index case_deletion_erased_idx on case_deletion (erased_at);

-- Anonymous figures that outlive the erased cases: per service and month of closing.
create table case_statistics (
  service_id uuid not null,
  closing_month varchar(7) not null,
  service_name varchar(200) not null,
  closed bigint not null,
  decided bigint not null,
  days_to_decision bigint not null,
  primary key (service_id, closing_month)
);
