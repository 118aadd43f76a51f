-- The text of decisions per service and language, edited by form editors and administrators.
create table decision_template (
    id            uuid primary key,
    service_id    uuid         not null,
    language      varchar(2)   not null,
    title         varchar(200) not null,
    body          text         not null,
    legal_remedy  text         not null,
    changed_by    varchar(100) not null,
    changed_at    timestamp with time zone not null,
    constraint decision_template_per_language unique (service_id, language)
);
