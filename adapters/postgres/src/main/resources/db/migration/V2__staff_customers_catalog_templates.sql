-- E-mail addresses are stored in lower case by the domain; names are searched by prefix, ignoring case.
create table staff (
    id            uuid         primary key,
    name          varchar(120) not null,
    email         varchar(254) not null,
    language      varchar(2)   not null,
    teams_user_id varchar(200),
    slack_user_id varchar(200),
    active        boolean      not null,
    version       bigint       not null
);
create unique index staff_email_key on staff (email);
create unique index staff_teams_user_key on staff (teams_user_id);
create unique index staff_slack_user_key on staff (slack_user_id);

create table staff_role (
    staff_id uuid        not null references staff (id) on delete cascade,
    role     varchar(20) not null,
    primary key (staff_id, role)
);

create table customer (
    id      uuid         primary key,
    number  varchar(40)  not null,
    name    varchar(160) not null,
    version bigint       not null
);
create unique index customer_number_key on customer (lower(number));
create index customer_name_prefix_idx on customer (lower(name) text_pattern_ops);

-- Contacts are part of the customer aggregate and rewritten with it, so tickets refer to them without a foreign key.
create table contact (
    id          uuid         primary key,
    customer_id uuid         not null references customer (id) on delete cascade,
    position    int          not null,
    name        varchar(120) not null,
    email       varchar(254),
    phone       varchar(40)  not null,
    language    varchar(2)   not null
);
create index contact_customer_idx on contact (customer_id);
create index contact_name_prefix_idx on contact (lower(name) text_pattern_ops);

create table ticket_type (
    id     uuid        primary key,
    name   varchar(80) not null,
    active boolean     not null
);
create unique index ticket_type_name_key on ticket_type (lower(name));

create table category (
    id     uuid        primary key,
    name   varchar(80) not null,
    active boolean     not null
);
create unique index category_name_key on category (lower(name));

create table text_template (
    id   uuid          primary key,
    kind varchar(20)   not null,
    name varchar(80)   not null,
    body varchar(4000) not null
);
create unique index text_template_name_key on text_template (kind, lower(name));
