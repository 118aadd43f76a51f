-- Forms and their versions. A version's definition is a JSON document; published versions never change.
create table form (
  id uuid not null primary key,
  slug varchar(80) not null,
  title_de varchar(200) not null,
  title_en varchar(200),
  responsible_unit_id uuid not null,
  audience varchar(20) not null,
  created_at timestamp(6) with time zone not null,
  created_by varchar(100) not null,
  constraint form_slug_uq unique (slug)
);
create index form_unit_idx on form (responsible_unit_id);

create table form_version (
  id uuid not null primary key,
  form_id uuid not null references form (id),
  number integer not null,
  status varchar(30) not null,
  definition varchar(1000000) not null,
  created_by varchar(100) not null,
  created_at timestamp(6) with time zone not null,
  last_edited_by varchar(100) not null,
  last_edited_at timestamp(6) with time zone not null,
  submitted_at timestamp(6) with time zone,
  decided_by varchar(100),
  decided_at timestamp(6) with time zone,
  published_at timestamp(6) with time zone,
  version bigint not null,
  constraint form_version_number_uq unique (form_id, number)
);
create index form_version_status_idx on form_version (status, form_id);

-- The reviewer's comments on a version (on the whole form, a page or a field) and the editor's answers.
create table form_review_comment (
  id uuid not null primary key,
  version_id uuid not null references form_version (id) on delete cascade,
  target varchar(200),
  author varchar(100) not null,
  text varchar(5000) not null,
  created_at timestamp(6) with time zone not null,
  reply varchar(5000),
  replied_by varchar(100),
  replied_at timestamp(6) with time zone
);
create index form_review_comment_version_idx on form_review_comment (version_id, created_at);
