-- How the bot reaches a staff member in a chat channel on its own (Teams: the conversation reference as JSON).
create table chat_reference (
    staff_id   uuid        not null references staff (id) on delete cascade,
    channel    varchar(20) not null,
    reference  text        not null,
    updated_at timestamp with time zone not null default now(),
    primary key (staff_id, channel)
);
