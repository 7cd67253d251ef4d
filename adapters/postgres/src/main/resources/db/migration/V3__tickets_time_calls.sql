create table ticket_number_counter (
    year          int primary key,
    last_sequence int not null
);

create table ticket (
    id              uuid          primary key,
    number_year     int           not null,
    number_sequence int           not null,
    customer_id     uuid          not null references customer (id),
    contact_id      uuid          not null,
    type_id         uuid          not null references ticket_type (id),
    category_id     uuid          not null references category (id),
    subject         varchar(200)  not null,
    description     varchar(8000) not null,
    status          varchar(20)   not null,
    assignee_id     uuid references staff (id),
    created_by      uuid          not null references staff (id),
    created_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint ticket_number_key unique (number_year, number_sequence)
);
-- "my open tickets": only open tickets are indexed, newest first
create index ticket_open_assignee_idx on ticket (assignee_id, number_year desc, number_sequence desc)
    where status in ('NEW', 'FORWARDED', 'IN_PROGRESS');
create index ticket_customer_idx on ticket (customer_id, number_year desc, number_sequence desc);

create table time_entry (
    id          uuid          primary key,
    ticket_id   uuid          not null references ticket (id),
    worked_by   uuid          not null references staff (id),
    work_date   date          not null,
    minutes     int           not null check (minutes > 0 and minutes <= 1440),
    activity    varchar(80)   not null,
    text        varchar(4000) not null,
    billable    boolean       not null,
    recorded_by uuid          not null references staff (id),
    recorded_at timestamp with time zone not null,
    version     bigint        not null
);
create index time_entry_ticket_idx on time_entry (ticket_id, work_date, recorded_at);

create table call_log (
    id              uuid          primary key,
    ticket_id       uuid          not null references ticket (id),
    caller_name     varchar(120)  not null,
    caller_phone    varchar(40)   not null,
    summary         varchar(4000) not null,
    callback_wanted boolean       not null,
    logged_by       uuid          not null references staff (id),
    logged_at       timestamp with time zone not null
);
create index call_log_ticket_idx on call_log (ticket_id, logged_at);
