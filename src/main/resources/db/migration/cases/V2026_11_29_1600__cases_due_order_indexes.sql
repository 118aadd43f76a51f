-- The inbox sorted by due date reads its first page in index order only if the index carries the whole order
-- (due date, then newest first, then id): with the due date alone, every case sharing the earliest due date was
-- read and sorted first — hundreds per unit at a million cases.
drop index cases_unit_status_due_idx;
create index cases_unit_status_due_idx on cases (org_unit, status, due_date, received_at desc, id);
drop index cases_unit_due_idx;
create index cases_unit_due_idx on cases (org_unit, due_date, received_at desc, id);
