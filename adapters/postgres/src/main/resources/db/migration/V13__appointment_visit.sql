-- Whether a ticket's appointment is at the customer's (vor Ort: it needs a delivery note) or remote. Appointments
-- set before this column existed were agreed for on-site work, the only kind there was.
alter table ticket add column appointment_visit varchar(10);
update ticket set appointment_visit = 'ON_SITE' where appointment is not null;
alter table ticket add constraint ticket_appointment_visit_check check (
    (appointment is null and appointment_visit is null)
    or (appointment is not null and appointment_visit in ('ON_SITE', 'REMOTE')));

-- The date an order names as agreed with the customer for the work (local time of the company), if any.
alter table customer_order add column agreed_date timestamp without time zone;
