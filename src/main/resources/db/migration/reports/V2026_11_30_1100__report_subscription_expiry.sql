-- the hourly expiry looks for unconfirmed subscriptions by age
create index report_subscription_unconfirmed_idx on report_subscription (confirmed, created_at);
