-- Which ticket type is the base installation (Grundinstallation) is master data now, no longer a match on the name.
-- Existing installations keep their behaviour: the types whose name says so become base installations once.
alter table ticket_type add column base_installation boolean not null default false;
update ticket_type set base_installation = true where lower(name) like '%grundinstallation%';
