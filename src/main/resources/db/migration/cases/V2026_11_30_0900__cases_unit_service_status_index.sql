-- The inbox filtered by one service reads, per unit, the cases of that service with the statuses asked for in
-- the page's order. Without the service in the index, a unit that has no such case had all of its cases with that
-- status read and dropped by the filter (about 17,000 per unit at a million cases, 105 ms).
create index cases_unit_service_status_idx on cases (org_unit, service_id, status, received_at desc, id);
