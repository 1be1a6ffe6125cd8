-- Appeal statistics and the monthly bulletin (诉求统计通报). The statistics module reads the appeal
-- tables and writes only the tables below.

-- Cases by federation and day received, with every column the statistics count by: a month of a
-- province (about 80,000 of a million cases) is read by index-only scans, never from the table.
create index appeal_statistics_idx on appeal (federation_id, submitted_on)
    include (department_id, category_code, subject_code, channel, accepted_on, handling_due, due_on, resolved_on,
             rating, member_id, contact_mobile_index, id);

-- The figures of each federation and month, so that a month's statistics sum about a hundred cached
-- rows per federation instead of grouping its cases again. Every change to a case bumps the version
-- of its federation and month (statement-level triggers: one upsert per statement, rows in key order
-- so that concurrent statements cannot deadlock); cached figures count only while their version is
-- current, and while the day they were counted for is today if the month still has running cases
-- (whether those are overdue depends on the day). A stale federation and month is recounted alone.
create table appeal_figures_version (
    federation_id bigint not null references federation (id) on delete cascade,
    month         date   not null check (extract(day from month) = 1),
    version       bigint not null,
    primary key (federation_id, month)
);
create table appeal_figures_state (
    federation_id bigint not null references federation (id) on delete cascade,
    month         date   not null,
    version       bigint not null,
    counted_on    date   not null,
    running       int    not null,
    -- The repeat submitters of the month: how many, their cases, how many raised one subject twice or more.
    repeat_submitters       int not null,
    repeat_cases            int not null,
    same_subject_submitters int not null,
    primary key (federation_id, month)
);
-- Per handling unit: department_id 0 stands for the federation's own staff.
create table appeal_figures_unit (
    federation_id bigint not null references federation (id) on delete cascade,
    month         date   not null,
    department_id bigint not null,
    received      int    not null,
    accepted      int    not null,
    declined      int    not null,
    resolved      int    not null,
    on_time       int    not null,
    due           int    not null,
    overdue       int    not null,
    supervised    int    not null,
    rated         int    not null,
    satisfied     int    not null,
    primary key (federation_id, month, department_id)
);
-- Cases by category (C), subject (S) and channel (H).
create table appeal_figures_count (
    federation_id bigint      not null references federation (id) on delete cascade,
    month         date        not null,
    dimension     char(1)     not null check (dimension in ('C', 'S', 'H')),
    code          varchar(24) not null,
    cases         int         not null,
    primary key (federation_id, month, dimension, code)
);
-- The submitters with the most cases in the month (two or more; a member by its id, anyone else by the
-- blind index of the mobile): as many per federation as a report lists, with the subjects they raised
-- more than once and their latest case.
create table appeal_figures_repeat (
    federation_id  bigint        not null references federation (id) on delete cascade,
    month          date          not null,
    member_id      bigint,
    mobile_index   char(64),
    cases          int           not null,
    same_subject   int           not null,
    subjects       varchar(24)[] not null,
    latest_case_id bigint        not null,
    check ((member_id is null) <> (mobile_index is null))
);
create index appeal_figures_repeat_idx on appeal_figures_repeat (federation_id, month);

create function appeal_figures_touch() returns trigger language plpgsql as $$
begin
    insert into appeal_figures_version (federation_id, month, version)
    select distinct federation_id, cast(date_trunc('month', submitted_on) as date), 1 from changed order by 1, 2
    on conflict (federation_id, month) do update set version = appeal_figures_version.version + 1;
    return null;
end $$;
create trigger appeal_figures_insert after insert on appeal referencing new table as changed
    for each statement execute function appeal_figures_touch();
create trigger appeal_figures_update after update on appeal referencing new table as changed
    for each statement execute function appeal_figures_touch();
create trigger appeal_figures_delete after delete on appeal referencing old table as changed
    for each statement execute function appeal_figures_touch();
