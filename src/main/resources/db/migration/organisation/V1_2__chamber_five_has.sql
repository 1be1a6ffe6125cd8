-- The "五有" standard of a grassroots chamber: a sign, a working team, an office, working funds
-- and activities; one row per chamber and item, with the evidence that it is met.
create table chamber_five_has (
    chamber_id  bigint       not null references chamber (id) on delete cascade,
    item        varchar(16)  not null check (item in ('SIGN', 'TEAM', 'OFFICE', 'FUNDS', 'ACTIVITIES')),
    met         boolean      not null default false,
    evidence    varchar(500),
    evidence_on date,
    updated_at  timestamptz  not null default now(),
    primary key (chamber_id, item)
);

-- A chamber's yearly self-assessment (年度自评) against the standard.
create table chamber_self_assessment (
    id          bigint generated always as identity primary key,
    chamber_id  bigint        not null references chamber (id) on delete cascade,
    year        int           not null check (year between 1949 and 2100),
    level       varchar(16)   not null check (level in ('MET', 'PARTLY_MET', 'NOT_MET')),
    score       int           check (score between 0 and 100),
    summary     varchar(2000),
    assessed_on date          not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint chamber_self_assessment_year_key unique (chamber_id, year)
);
