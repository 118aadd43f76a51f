-- PostgreSQL only: the inbox's free-text search by a part of the applicant's name or reference uses trigram
-- indexes (H2, the demo database, scans its few rows).
create extension if not exists pg_trgm;
create index cases_applicant_trgm_idx on cases using gin (lower(applicant_name) gin_trgm_ops);
create index cases_reference_trgm_idx on cases using gin (lower(reference) gin_trgm_ops);
