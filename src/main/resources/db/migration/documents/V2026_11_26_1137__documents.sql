-- Metadata of stored documents; the bytes live in the document storage (directory or S3) under the same id.
create table document (
  id uuid not null primary key,
  file_name varchar(255) not null,
  media_type varchar(255) not null,
  size_bytes bigint not null,
  sha256 varchar(64) not null,
  latitude numeric(9, 7),
  longitude numeric(10, 7),
  stored_at timestamp(6) with time zone not null
);
