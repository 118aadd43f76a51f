-- What the KPIs count, kept apart from the applications so that the figures survive when retention deletes
-- cases: one row per fact (an application started, submitted, decided, finished), with the service, the month
-- and for decisions the time it took. No person, no exact time. The key is the random id of the draft or
-- application with the kind of fact, so a redelivered event counts once; once retention has erased the
-- application the key leads nowhere.
create table kpi_fact (
  fact_key varchar(60) not null primary key,
  service_id uuid not null,
  service_name varchar(200) not null,
  kind varchar(20) not null,
  fact_month date not null,
  seconds bigint,
  constraint kpi_fact_kind_ck check (kind in ('STARTED', 'SUBMITTED', 'DECIDED', 'FINISHED'))
);
create index kpi_fact_month_idx on kpi_fact (fact_month, service_id, kind);
