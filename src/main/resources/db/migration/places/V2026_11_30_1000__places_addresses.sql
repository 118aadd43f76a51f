-- The address register (see docs/adr/0024): every address of the authority's area with its coordinates, and the
-- keys it is found by (lower case, umlauts spelled out, "Straße" as "str", only letters and digits). An upload
-- replaces all rows in one transaction; place_register says what is loaded.
create table place_address (
  id varchar(64) not null primary key,
  street varchar(200) not null,
  house_number varchar(20) not null,
  postcode varchar(5),
  locality varchar(200) not null,
  latitude numeric(9, 6) not null,
  longitude numeric(9, 6) not null,
  street_key varchar(200) not null,
  number_key varchar(20) not null,
  number_order integer not null,
  locality_key varchar(200) not null
);
create index place_address_street_idx on place_address (street_key, number_key);
create index place_address_position_idx on place_address (latitude, longitude);

create table place_register (
  id integer not null primary key,
  addresses integer not null,
  loaded_at timestamp(6) with time zone not null
);
