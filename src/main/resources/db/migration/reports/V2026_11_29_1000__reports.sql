-- Reports (Mängelmelder): what is public about each report of a REPORT service. The reporter's personal data
-- (name, e-mail, own description) stays in the submission and is never copied here.

-- One row per submission (the unique submission_id makes a redelivered SubmissionReceived a no-op). The
-- reference is the submission's; the token answers Open311's tokens/{id}. status follows phase (open while
-- received or in progress) and is stored for the list's filters and indexes.
create table report (
  id uuid not null primary key,
  submission_id uuid not null,
  case_id uuid,
  reference varchar(40) not null,
  token varchar(64) not null,
  service_id uuid not null,
  category_code varchar(100) not null,
  responsible_unit uuid,
  lat numeric(9, 6),
  lon numeric(9, 6),
  address varchar(500),
  public_description varchar(4000),
  phase varchar(20) not null,
  status varchar(10) not null,
  merged_into uuid references report (id),
  requested_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null,
  constraint report_submission_uq unique (submission_id),
  constraint report_reference_uq unique (reference),
  constraint report_token_uq unique (token),
  constraint report_phase_ck check (phase in ('RECEIVED', 'IN_PROGRESS', 'DONE', 'DUPLICATE', 'REJECTED')),
  constraint report_status_ck check (status in ('OPEN', 'CLOSED'))
);
-- the public list (newest first, by status and/or category) and the "nearby open reports" hint (a box around
-- the position, then exact distances)
create index report_requested_idx on report (requested_at);
create index report_status_idx on report (status, requested_at);
create index report_category_idx on report (category_code, status, requested_at);
create index report_nearby_idx on report (category_code, status, lat, lon);
create index report_updated_idx on report (updated_at);

-- Photos sent with a report; public only once staff released them (faces and number plates).
create table report_photo (
  id uuid not null primary key,
  report_id uuid not null references report (id) on delete cascade,
  document_id uuid not null,
  content_type varchar(100) not null,
  released boolean not null,
  created_at timestamp(6) with time zone not null,
  constraint report_photo_document_uq unique (document_id)
);
create index report_photo_report_idx on report_photo (report_id, created_at);

-- The public history: every phase a report went through, with staff's public reply where there was one.
create table report_update (
  id uuid not null primary key,
  report_id uuid not null references report (id) on delete cascade,
  at timestamp(6) with time zone not null,
  phase varchar(20) not null,
  text varchar(4000)
);
create index report_update_report_idx on report_update (report_id, at);
create index report_update_at_idx on report_update (at);

-- Reports filed from outside the web journey, by the client's idempotency key: a retried request finds the
-- report it already filed (the key is inserted first, so a concurrent twin waits for it and then fails).
create table report_filing (
  idempotency_key varchar(200) not null primary key,
  report_id uuid,
  created_at timestamp(6) with time zone not null
);
