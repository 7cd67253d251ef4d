-- The appointment agreed with the customer (local time of the company), set when a ticket is forwarded.
alter table ticket add column appointment timestamp without time zone;

-- Who changed what and when; only ever appended to.
create table audit_log (
    id         bigint generated always as identity primary key,
    at         timestamp with time zone not null,
    staff_id   uuid         not null references staff (id),
    action     varchar(60)  not null,
    subject_id varchar(60)  not null,
    details    varchar(2000) not null
);
create index audit_log_subject_idx on audit_log (subject_id, at);
