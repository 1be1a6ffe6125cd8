-- The statistics count a case as supervised (督办) when the deadline job escalated it (supervised_on), no
-- longer by working the rule out again. The column joins the statistics index so that a month of a
-- province is still counted by index-only scans. The monthly cache needs no new trigger: the job marks
-- cases with an update of appeal, which bumps the version of their federation and month like any change.
drop index appeal_statistics_idx;
create index appeal_statistics_idx on appeal (federation_id, submitted_on)
    include (department_id, category_code, subject_code, channel, accepted_on, handling_due, due_on, resolved_on,
             rating, member_id, contact_mobile_index, id, supervised_on);
