-- Work that follows a commit and is done in batches (ADR 0029): one row per item, added in the transaction that
-- made the work necessary, deleted in the transaction that did it.
create table backlog_item (
    kind       varchar(40)              not null,
    item       uuid                     not null,
    queued_at  timestamp(6) with time zone not null,
    due_at     timestamp(6) with time zone not null,
    attempts   integer                  not null,
    last_error varchar(1000),
    primary key (kind, item)
);

create index backlog_item_due_idx on backlog_item (kind, due_at);
