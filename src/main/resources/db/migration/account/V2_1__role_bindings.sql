-- A bound role names exactly the one object it acts for, and no other role names any; the
-- service checks the same and explains it, this keeps hand-written SQL honest too.
alter table user_role
    add constraint user_role_chamber_binding check ((role = 'CHAMBER_SECRETARY') = (chamber_id is not null)
        and (chamber_id is null or chamber_id > 0)),
    add constraint user_role_member_binding check ((role = 'MEMBER') = (member_id is not null)
        and (member_id is null or member_id > 0)),
    add constraint user_role_department_binding check ((role = 'DEPARTMENT_LIAISON') = (department_id is not null)
        and (department_id is null or department_id > 0));

-- "Who holds this role" for the user list's role filter.
create index user_role_role_idx on user_role (role, user_id);
-- The user list is scoped by federation.
create index app_user_federation_idx on app_user (federation_id);
