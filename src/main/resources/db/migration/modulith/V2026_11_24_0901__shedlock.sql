-- Locks of scheduled jobs (ShedLock), so that with N instances each job runs once at a time.
create table shedlock (
  name varchar(64) not null primary key,
  lock_until timestamp(6) not null,
  locked_at timestamp(6) not null,
  locked_by varchar(255) not null
);
