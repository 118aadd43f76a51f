-- The area of an org unit for reports (Meldegebiet): the uploaded GeoJSON polygons, the categories the unit
-- handles there, and the bounding box, so that routing a report reads only the areas around its position.
create table report_area (
  org_unit uuid not null primary key,
  geojson varchar(2000000) not null,
  polygons integer not null,
  south numeric(9, 6) not null,
  west numeric(9, 6) not null,
  north numeric(9, 6) not null,
  east numeric(9, 6) not null,
  uploaded_at timestamp(6) with time zone not null,
  uploaded_by uuid not null,
  version bigint not null
);

create table report_area_category (
  org_unit uuid not null references report_area (org_unit) on delete cascade,
  category_code varchar(200) not null,
  primary key (org_unit, category_code)
);
create index report_area_category_code_idx on report_area_category (category_code);
