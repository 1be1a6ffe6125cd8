-- A MEMBER account acts for a real member.
alter table user_role add constraint user_role_member_fk foreign key (member_id) references member (id);
