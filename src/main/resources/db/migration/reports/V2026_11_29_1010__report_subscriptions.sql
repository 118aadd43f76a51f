-- People who want news about a report they did not file (double opt-in): only the e-mail address and the
-- report, deleted when they unsubscribe. The random token in the mails' links confirms and ends the subscription;
-- it grants nothing else.
create table report_subscription (
  id uuid not null primary key,
  report_id uuid not null references report (id) on delete cascade,
  email varchar(320) not null,
  token varchar(64) not null,
  locale varchar(10) not null,
  confirmed boolean not null,
  created_at timestamp(6) with time zone not null,
  constraint report_subscription_token_uq unique (token),
  constraint report_subscription_uq unique (report_id, email)
);
create index report_subscription_report_idx on report_subscription (report_id, confirmed);
