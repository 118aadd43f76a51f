-- Organisations (the authority and the institutions it oversees), their units, accounts and roles.
create table organisation (
  id uuid not null primary key,
  kind varchar(20) not null,
  name varchar(200) not null,
  slug varchar(80) not null,
  created_at timestamp(6) with time zone not null,
  constraint organisation_slug_uq unique (slug)
);

create table org_unit (
  id uuid not null primary key,
  organisation_id uuid not null references organisation (id),
  name varchar(200) not null,
  slug varchar(80) not null,
  contact_email varchar(320),
  constraint org_unit_slug_uq unique (organisation_id, slug)
);

create table account (
  id uuid not null primary key,
  email varchar(320) not null,
  given_name varchar(100) not null,
  family_name varchar(100) not null,
  password_hash varchar(200),
  status varchar(30) not null,
  locale varchar(10) not null,
  totp_secret varchar(64),
  totp_enabled boolean not null,
  failed_sign_ins integer not null,
  locked_until timestamp(6) with time zone,
  oidc_issuer varchar(500),
  oidc_subject varchar(255),
  created_at timestamp(6) with time zone not null,
  version bigint not null,
  constraint account_email_uq unique (email)
);
create index account_oidc_idx on account (oidc_issuer, oidc_subject);
create index account_name_idx on account (family_name, given_name);

create table membership (
  id uuid not null primary key,
  account_id uuid not null references account (id) on delete cascade,
  role varchar(30) not null,
  org_unit_id uuid references org_unit (id),
  organisation_id uuid references organisation (id),
  target_groups varchar(500) not null
);
create index membership_account_idx on membership (account_id);
create index membership_unit_idx on membership (org_unit_id);
create index membership_organisation_idx on membership (organisation_id);

-- Secret links (verification, password reset, invitation): only a SHA-256 of the token is stored.
create table account_token (
  id uuid not null primary key,
  account_id uuid not null references account (id) on delete cascade,
  purpose varchar(30) not null,
  token_hash varchar(64) not null,
  expires_at timestamp(6) with time zone not null,
  used_at timestamp(6) with time zone,
  constraint account_token_hash_uq unique (token_hash)
);
create index account_token_account_idx on account_token (account_id);

create table recovery_code (
  id uuid not null primary key,
  account_id uuid not null references account (id) on delete cascade,
  code_hash varchar(64) not null,
  used_at timestamp(6) with time zone
);
create index recovery_code_account_idx on recovery_code (account_id);

-- Failed sign-ins per client address, for throttling across all instances.
create table sign_in_failure (
  id uuid not null primary key,
  client_address varchar(64) not null,
  occurred_at timestamp(6) with time zone not null
);
create index sign_in_failure_address_idx on sign_in_failure (client_address, occurred_at);
