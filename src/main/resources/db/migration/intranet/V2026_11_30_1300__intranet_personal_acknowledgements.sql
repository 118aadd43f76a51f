-- A circular asks for its read confirmation per institution (the first member confirms for it, as before) or per
-- person (every addressed member confirms for themself). Circulars published before keep per institution.
alter table intranet_item add column acknowledgement_scope varchar(20) default 'INSTITUTION' not null;

-- One confirmation per person and addressed institution they belong to. Name and target groups are kept as they
-- were, so that the record still says who confirmed in which role after the person left the institution.
create table intranet_personal_acknowledgement (
  item_id uuid not null references intranet_item (id) on delete cascade,
  account_id uuid not null,
  institution_id uuid not null,
  account_name varchar(300) not null,
  target_groups varchar(300) not null,
  acknowledged_at timestamp(6) with time zone not null,
  primary key (item_id, account_id, institution_id)
);
