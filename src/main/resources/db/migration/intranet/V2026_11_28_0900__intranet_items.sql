-- News and circulars of the intranet, each with its audience, and the read confirmations of circulars.

-- all_institutions: addressed to every institution, including those created later; otherwise the institutions
-- listed in intranet_item_institution. Target groups are always listed (all four when meant for everybody).
create table intranet_item (
  id uuid not null primary key,
  kind varchar(20) not null,
  status varchar(20) not null,
  title varchar(200) not null,
  body varchar(20000) not null,
  valid_from date,
  valid_until date,
  acknowledgement_required boolean not null,
  all_institutions boolean not null,
  author_account uuid not null,
  created_at timestamp(6) with time zone not null,
  published_at timestamp(6) with time zone,
  last_reminder_at timestamp(6) with time zone,
  version bigint not null
);
create index intranet_item_published_idx on intranet_item (status, published_at);

create table intranet_item_institution (
  item_id uuid not null references intranet_item (id) on delete cascade,
  institution_id uuid not null,
  primary key (item_id, institution_id)
);
create index intranet_item_institution_idx on intranet_item_institution (institution_id);

create table intranet_item_group (
  item_id uuid not null references intranet_item (id) on delete cascade,
  target_group varchar(40) not null,
  primary key (item_id, target_group)
);

-- One confirmation per addressed institution: the first member who confirms does so for the institution.
create table intranet_acknowledgement (
  item_id uuid not null references intranet_item (id) on delete cascade,
  institution_id uuid not null,
  account_id uuid not null,
  account_name varchar(300) not null,
  acknowledged_at timestamp(6) with time zone not null,
  primary key (item_id, institution_id)
);
