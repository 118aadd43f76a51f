-- What each member wants to hear of per category (NEWS, CIRCULAR, DOCUMENT, PROCESS): IMMEDIATE, WEEKLY or
-- NONE; no row means the default of the category. The weekly digest remembers up to when it has told.
create table intranet_notification_preference (
  account_id uuid not null,
  category varchar(20) not null,
  mode varchar(20) not null,
  primary key (account_id, category)
);

create table intranet_digest (
  name varchar(40) not null primary key,
  sent_until timestamp(6) with time zone not null
);
