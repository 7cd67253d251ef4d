-- Entnahme Lager through the back office: material a technician hands to the Innendienst to book.
create table stock_request (
    id               uuid           primary key,
    ticket_id        uuid           not null references ticket (id),
    requested_by     uuid           not null references staff (id),
    requested_at     timestamptz    not null,
    article_number   varchar(40)    not null,
    description      varchar(300)   not null,
    quantity         numeric(12, 3) not null check (quantity > 0),
    unit             varchar(40)    not null,
    serial_numbers   text[]         not null,
    note             varchar(1000)  not null,
    status           varchar(10)    not null check (status in ('OPEN', 'QUERIED', 'BOOKED')),
    question         varchar(1000)  not null,
    answer           varchar(1000)  not null,
    booked_by        uuid references staff (id),
    booked_at        timestamptz,
    version          bigint         not null
);
create index stock_request_waiting_idx on stock_request (requested_at) where status <> 'BOOKED';
