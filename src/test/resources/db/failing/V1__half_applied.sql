-- A migration whose second statement fails: PostgreSQL must roll back the first as well.
create table half_applied (id int);
insert into no_such_table values (1);
