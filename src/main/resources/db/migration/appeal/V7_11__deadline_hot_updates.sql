-- The deadline job marks up to a tenth of the case table in one run (at a million cases, 116,666
-- reminders on the benchmark's first day). Every marked case wrote a new entry into each of the table's
-- indexes, because reminded_on sat in the predicate of appeal_remind_idx: 0.33 ms a case. Without any
-- index that mentions reminded_on (or updated_at) the reminder is a HOT update - the new row version
-- goes on the same page and no index is written - provided the page has room for it.
--
-- The job now lists the cases to remind in one pass over appeal_open_due_idx and their rows, then marks
-- them by id a batch at a time (AppealDeadlineStore.toRemind, remind): a run with nothing to do reads the
-- open overdue rows once (about 2 s at a million cases) instead of an empty partial index.
drop index appeal_remind_idx;

-- Room on every page for the new version of a row or two: a case is a row of about 450-550 bytes, so
-- 15 % of a page holds two. The setting applies to pages written from now on: rows already stored stay
-- packed until the table is rewritten (VACUUM FULL appeal, or pg_repack without the long lock), which
-- an operator does once, in a quiet hour, on a database that holds many cases from before this version.
alter table appeal set (fillfactor = 85);
