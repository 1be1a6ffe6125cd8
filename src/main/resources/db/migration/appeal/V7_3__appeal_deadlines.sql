-- Time limits (办理时限): what the daily deadline job has done for each case, so that it does each
-- thing once. The markers compare with the due date that runs now (due_on): when an extension or a
-- reopening moves the due date past a marker, the case may be reminded again for the new date.
alter table appeal
    -- The working day the job sent the reminder (催办); valid for due dates before it.
    add column reminded_on   date,
    -- The working day the case went to the leaders for supervision (督办); valid like reminded_on.
    add column supervised_on date,
    -- The due date the due-soon notice (即将到期提醒) was sent for.
    add column due_soon_for  date;

-- The job's three scans. Each partial index holds only the open cases still waiting for that notice,
-- so it shrinks as the job works and a run with nothing to do reads almost nothing.
create index appeal_remind_idx on appeal (due_on, id)
    where due_on is not null and (reminded_on is null or reminded_on <= due_on);
create index appeal_supervise_idx on appeal (due_on, id)
    where due_on is not null and (supervised_on is null or supervised_on <= due_on);
-- The supervision list (督办诉求): the open supervised cases, most overdue first.
create index appeal_supervised_idx on appeal (due_on, id) where supervised_on is not null and due_on is not null;
