-- One version convention for every table: the row holds core's version less one, as Spring Data's @Version does
-- (a row is first stored as 0). Checklists and orders, written by hand, counted from 1 until now.
update checklist set version = version - 1;
update customer_order set version = version - 1;
