-- The audit details carry what people wrote with a change (an internal note, a resolution, a reason; up to 2,000
-- characters each) besides the ids, so they are text rather than a bounded varchar.
alter table audit_log alter column details type text;
