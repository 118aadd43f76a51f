-- The services (Leistungen) of the catalogue. German texts are required, English ones optional (German is
-- shown instead). Searching runs on the Hibernate Search index, not on these columns.
create table catalog_service (
  id uuid not null primary key,
  slug varchar(100) not null,
  status varchar(20) not null,
  topic varchar(40) not null,
  kind varchar(20) not null,
  sign_in varchar(20) not null,
  responsible_unit_id uuid not null,
  form_id uuid,
  leika_key varchar(14),
  name_de varchar(200) not null,
  name_en varchar(200),
  summary_de varchar(500) not null,
  summary_en varchar(500),
  description_de varchar(10000) not null,
  description_en varchar(10000),
  documents_de varchar(5000),
  documents_en varchar(5000),
  fee_kind varchar(20) not null,
  fee_amount numeric(10, 2),
  fee_note_de varchar(1000),
  fee_note_en varchar(1000),
  processing_time_de varchar(500) not null,
  processing_time_en varchar(500),
  legal_basis_de varchar(2000) not null,
  legal_basis_en varchar(2000),
  privacy_purposes_de varchar(2000) not null,
  privacy_purposes_en varchar(2000),
  privacy_legal_basis_de varchar(2000) not null,
  privacy_legal_basis_en varchar(2000),
  privacy_recipients_de varchar(2000) not null,
  privacy_recipients_en varchar(2000),
  privacy_retention_de varchar(2000) not null,
  privacy_retention_en varchar(2000),
  privacy_contact_de varchar(1000) not null,
  privacy_contact_en varchar(1000),
  created_at timestamp(6) with time zone not null,
  created_by varchar(100) not null,
  updated_at timestamp(6) with time zone not null,
  updated_by varchar(100) not null,
  published_at timestamp(6) with time zone,
  version bigint not null,
  constraint catalog_service_slug_uq unique (slug),
  constraint catalog_service_fee_ck check (fee_amount is null or fee_amount >= 0)
);
-- the back-office list (by name) and the published services of a unit (Catalog.publishedBy)
create index catalog_service_name_idx on catalog_service (name_de);
create index catalog_service_unit_idx on catalog_service (responsible_unit_id, status, name_de);
-- each instance's search index catches up with services changed since its last look
create index catalog_service_updated_idx on catalog_service (updated_at);
