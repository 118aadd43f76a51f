-- the operator page lists open (pending and failed) deliveries, newest first
create index delivery_open_idx on delivery (state, created_at);
