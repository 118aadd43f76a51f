-- The inbox sorted by due date within a status ("waiting for the applicant, most urgent first") reads in index order.
create index cases_unit_status_due_idx on cases (org_unit, status, due_date);
