-- PostgreSQL only: the inbox's free-text search (see CaseInbox).
-- A reference number is searched from its start: a prefix is one step in a B-tree, whereas the trigrams every
-- reference shares ("mus", "-20", "000") made the trigram index read nearly all cases.
drop index cases_reference_trgm_idx;
create index cases_reference_prefix_idx on cases (lower(reference) text_pattern_ops);
-- A common name ("Müller") is found fastest by reading the open cases newest first until a page is full, without
-- touching the table (an index-only scan: unit, status, reference and name are in the index); a rare name by the
-- trigram index on lower(applicant_name). The planner picks by the name's frequency in the statistics that the
-- trigram index keeps for lower(applicant_name). Open cases are the inbox's default and the few that stay
-- while closed ones pile up, hence the partial index.
create index cases_open_received_idx on cases (received_at desc, id) include (org_unit, status, reference, applicant_name)
  where status in ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_APPLICANT');
