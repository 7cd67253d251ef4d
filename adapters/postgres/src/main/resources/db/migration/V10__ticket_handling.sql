-- What the people handling a ticket left on it: when the customer's receipt went out (it goes once by default),
-- the internal note of the last forward (for the technician only) and the resolution note.
alter table ticket add column receipt_sent_at timestamp with time zone;
alter table ticket add column internal_note text not null default '';
alter table ticket add column resolution text not null default '';
