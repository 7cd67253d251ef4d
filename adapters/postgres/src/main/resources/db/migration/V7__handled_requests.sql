-- Every form submission, button press and platform request handled, by the key the platform or the form gives,
-- so that one arriving twice (a double click, a retry, a replay) is handled once, on every instance alike.
create table handled_request (
    key        varchar(200)             primary key,
    handled_at timestamp with time zone not null default now()
);

create index handled_request_handled_at on handled_request (handled_at);
