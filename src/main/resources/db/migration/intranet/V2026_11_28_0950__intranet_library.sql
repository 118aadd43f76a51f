-- The document and form library: a document is an intranet item (kind DOCUMENT) in a folder, with its audience,
-- and one or more versions of its file. Visits remember when a person last looked at the library.
alter table intranet_item add column folder varchar(100);
create index intranet_item_folder_idx on intranet_item (kind, folder);

create table intranet_file_version (
  item_id uuid not null references intranet_item (id) on delete cascade,
  version_number integer not null,
  document_id uuid not null,
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size_bytes bigint not null,
  note varchar(500) not null,
  uploaded_by varchar(300) not null,
  uploaded_at timestamp(6) with time zone not null,
  primary key (item_id, version_number)
);

create table intranet_visit (
  account_id uuid not null,
  area varchar(30) not null,
  visited_at timestamp(6) with time zone not null,
  primary key (account_id, area)
);
