-- The salesperson who looks after a customer (Vertriebsbetreuer), told when its tickets are resolved; optional.
alter table customer add column sales_id uuid references staff (id);
