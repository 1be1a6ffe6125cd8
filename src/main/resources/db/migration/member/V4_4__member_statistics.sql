-- The demo data loader (qinqing.demo=true) runs once: this row says it has.
create table demo_data_load (
    id        int         primary key check (id = 1),
    loaded_at timestamptz not null default now(),
    seed      bigint      not null,
    members   int         not null
);

-- The structure statistics over a province's million members read these narrow indexes (index-only
-- scans) instead of the wide member rows: active members by federation with the facts they are
-- counted by, and the membership periods by member for the year-end figures.
create index member_active_facts_idx on member (federation_id) include (type, kind, local, high_tech)
    where status = 'ACTIVE';
create index member_facts_idx on member (id) include (federation_id, type, kind, local, high_tech);
create index member_period_span_idx on member_period (member_id) include (started_on, ended_on);
