-- Working-day calendar (工作日历). A year appears in calendar_year once its holidays are published;
-- for other years only ordinary weekends count as days off. calendar_special_day holds the
-- exceptions: HOLIDAY = a weekday off, WORKDAY = a weekend day worked (调休). A weekend day
-- inside a holiday span needs no row. revision grows with every edit of the year, so each
-- instance can tell from sum(revision) that its in-memory copy is stale.
create table calendar_year (
    year       integer     primary key check (year between 1900 and 2999),
    revision   bigint      not null default 1,
    updated_at timestamptz not null default now()
);

create table calendar_special_day (
    day  date        primary key,
    year integer     not null references calendar_year (year),
    kind varchar(8)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(20) not null check (btrim(name) <> ''),
    constraint calendar_special_day_in_year check (extract(year from day) = year),
    -- A holiday is a weekday off, a swapped working day a Saturday or Sunday worked.
    constraint calendar_special_day_weekday check ((kind = 'HOLIDAY') = (extract(isodow from day) < 6))
);
create index calendar_special_day_year_idx on calendar_special_day (year);

-- The State Council's notices for 2025 and 2026 (国务院办公厅关于部分节假日安排的通知).
insert into calendar_year (year) values (2025), (2026);
insert into calendar_special_day (day, kind, name, year)
select v.day::date, v.kind, v.name, extract(year from v.day::date)::integer
from (values
    ('2025-01-01', 'HOLIDAY', '元旦'),
    ('2025-01-26', 'WORKDAY', '春节'),
    ('2025-01-28', 'HOLIDAY', '春节'),
    ('2025-01-29', 'HOLIDAY', '春节'),
    ('2025-01-30', 'HOLIDAY', '春节'),
    ('2025-01-31', 'HOLIDAY', '春节'),
    ('2025-02-03', 'HOLIDAY', '春节'),
    ('2025-02-04', 'HOLIDAY', '春节'),
    ('2025-02-08', 'WORKDAY', '春节'),
    ('2025-04-04', 'HOLIDAY', '清明节'),
    ('2025-04-27', 'WORKDAY', '劳动节'),
    ('2025-05-01', 'HOLIDAY', '劳动节'),
    ('2025-05-02', 'HOLIDAY', '劳动节'),
    ('2025-05-05', 'HOLIDAY', '劳动节'),
    ('2025-06-02', 'HOLIDAY', '端午节'),
    ('2025-09-28', 'WORKDAY', '国庆节'),
    ('2025-10-01', 'HOLIDAY', '国庆节'),
    ('2025-10-02', 'HOLIDAY', '国庆节'),
    ('2025-10-03', 'HOLIDAY', '国庆节'),
    ('2025-10-06', 'HOLIDAY', '中秋节'),
    ('2025-10-07', 'HOLIDAY', '国庆节'),
    ('2025-10-08', 'HOLIDAY', '国庆节'),
    ('2025-10-11', 'WORKDAY', '国庆节'),
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-04', 'WORKDAY', '元旦'),
    ('2026-02-14', 'WORKDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-05-09', 'WORKDAY', '劳动节'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-09-20', 'WORKDAY', '国庆节'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节')) as v (day, kind, name);
