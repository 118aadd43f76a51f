-- A link that a newer one of the same purpose replaced: told apart from a used one, so the page can say so.
alter table account_token add column replaced_at timestamp(6) with time zone;
