-- A declined case may be archived (the workflow allows it), but the first schema required a
-- handling due date of every archived row, which a case never accepted does not have.
alter table appeal drop constraint appeal_check1;
alter table appeal add constraint appeal_handling_due_check
    check (status in ('SUBMITTED', 'DECLINED') or (status = 'ARCHIVED' and accepted_on is null) or handling_due is not null);
