-- Warenausgang and Entnahme Lager: the article list, delivery and return notes with their lines, gap-free numbers
-- per kind and year, the customer's postal address (where delivery notes go) and on-site time entries.
alter table customer add column address varchar(500) not null default '';
alter table time_entry add column on_site boolean not null default false;

create table article (
    id             uuid         primary key,
    number         varchar(40)  not null,
    name           varchar(200) not null,
    unit           varchar(40)  not null,
    serial_numbers boolean      not null,
    active         boolean      not null,
    version        bigint       not null
);
create unique index article_number_key on article (lower(number));
create index article_number_prefix_idx on article (lower(number) text_pattern_ops);
create index article_name_idx on article using gin (lower(name) gin_trgm_ops);

create table delivery_note_counter (
    kind          varchar(10) not null,
    year          int         not null,
    last_sequence int         not null,
    primary key (kind, year)
);

create table delivery_note (
    id               uuid         primary key,
    kind             varchar(10)  not null check (kind in ('DELIVERY', 'RETURN')),
    number           varchar(20),
    customer_id      uuid         not null references customer (id),
    ticket_id        uuid         not null references ticket (id),
    order_number     varchar(40),
    day              date         not null,
    refers_to        uuid references delivery_note (id),
    revision         int          not null,
    delivery_address varchar(500) not null,
    status           varchar(10)  not null check (status in ('DRAFT', 'ISSUED', 'RECEIVED', 'BILLED')),
    issued_by        uuid references staff (id),
    issued_at        timestamptz,
    received_by      varchar(120),
    received_on      date,
    billed_at        timestamptz,
    version          bigint       not null,
    constraint delivery_note_number_when_issued check ((status = 'DRAFT') = (number is null))
);
create unique index delivery_note_number_key on delivery_note (number);
-- one delivery draft per ticket and day, however many technicians add material at once
create unique index delivery_note_one_draft on delivery_note (ticket_id, day)
    where status = 'DRAFT' and kind = 'DELIVERY' and refers_to is null;
create index delivery_note_ticket_idx on delivery_note (ticket_id);
create index delivery_note_issued_idx on delivery_note (issued_at) where number is not null;

create table delivery_line (
    note_id          uuid          not null references delivery_note (id) on delete cascade,
    position         int           not null,
    line_key         varchar(120)  not null,
    article_number   varchar(40)   not null,
    description      varchar(300)  not null,
    quantity         numeric(12, 3) not null check (quantity > 0),
    unit             varchar(40)   not null,
    serial_numbers   text[]        not null,
    serials_required boolean       not null,
    source           varchar(10)   not null check (source in ('ORDER', 'STOCK')),
    extra            boolean       not null,
    primary key (note_id, position),
    constraint delivery_line_key unique (note_id, line_key)
);
