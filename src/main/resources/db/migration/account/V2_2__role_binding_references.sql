-- A bound role points at a real chamber or department; deleting one that an account still acts
-- for is refused. (member_id gets its key with the member registry.)
alter table user_role
    add constraint user_role_chamber_fk foreign key (chamber_id) references chamber (id),
    add constraint user_role_department_fk foreign key (department_id) references department (id);
