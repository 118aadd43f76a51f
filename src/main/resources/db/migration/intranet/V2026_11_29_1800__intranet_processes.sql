-- Process descriptions: an intranet item (kind PROCESS) carries the current title, the searchable text and the
-- audience; each edit publishes a new version with its steps, and older versions stay readable.
create table intranet_process_version (
  id uuid not null primary key,
  item_id uuid not null references intranet_item (id) on delete cascade,
  version_number integer not null,
  title varchar(200) not null,
  summary varchar(5000) not null,
  note varchar(500) not null,
  published_by varchar(300) not null,
  published_at timestamp(6) with time zone not null,
  constraint intranet_process_version_number_uq unique (item_id, version_number)
);

-- forms: slugs of internal applications, documents: ids of library documents, each space-separated.
create table intranet_process_step (
  version_id uuid not null references intranet_process_version (id) on delete cascade,
  position integer not null,
  title varchar(200) not null,
  description varchar(5000) not null,
  responsible_group varchar(40) not null,
  deadline varchar(200) not null,
  legal_basis varchar(300) not null,
  forms varchar(2000) not null,
  documents varchar(2000) not null,
  primary key (version_id, position)
);
