-- Satisfaction ratings (OZG service standard, principle 18): per service and form version, without personal
-- data and without the submission they came from — only the day, never the time, so ratings cannot be
-- matched to submissions by their moment.
create table feedback_rating (
  id uuid not null primary key,
  service_id uuid not null,
  form_version_id uuid not null,
  moment varchar(20) not null,
  score integer not null,
  comment varchar(1000),
  created_on date not null,
  constraint feedback_rating_score_ck check (score between 1 and 5)
);
create index feedback_rating_service_idx on feedback_rating (service_id, created_on);
