-- The text of a library document's current file (PDF, Office), extracted on upload for the search index.
alter table intranet_item add column file_text varchar(200000) not null default '';
