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

-- The statistics module's own cache of member figures by federation and day (9999-12-31 = "now", by
-- status), so a province-wide dashboard sums a few rows per federation instead of counting a million
-- members. Each federation has a version that every change to its members or their periods bumps
-- (statement-level triggers: one upsert per statement, also for COPY imports); cached figures count
-- only while their version is the federation's current one, and a stale federation is recounted
-- alone on the next request.
create table member_figures_version (
    federation_id bigint primary key references federation (id) on delete cascade,
    version       bigint not null
);
create table member_figures_state (
    federation_id bigint not null references federation (id) on delete cascade,
    as_of         date   not null,
    version       bigint not null,
    primary key (federation_id, as_of)
);
create table member_figures_cache (
    federation_id bigint      not null references federation (id) on delete cascade,
    as_of         date        not null,
    type          varchar(16) not null,
    kind          varchar(24) not null,
    local         boolean     not null,
    high_tech     boolean     not null,
    members       bigint      not null
);
create index member_figures_cache_idx on member_figures_cache (federation_id, as_of);

create function member_figures_touch_members() returns trigger language plpgsql as $$
begin
    insert into member_figures_version (federation_id, version)
    select distinct federation_id, 1 from changed
    on conflict (federation_id) do update set version = member_figures_version.version + 1;
    return null;
end $$;
create function member_figures_touch_periods() returns trigger language plpgsql as $$
begin
    insert into member_figures_version (federation_id, version)
    select distinct m.federation_id, 1 from changed c join member m on m.id = c.member_id
    on conflict (federation_id) do update set version = member_figures_version.version + 1;
    return null;
end $$;
create trigger member_figures_insert after insert on member referencing new table as changed
    for each statement execute function member_figures_touch_members();
create trigger member_figures_update after update on member referencing new table as changed
    for each statement execute function member_figures_touch_members();
create trigger member_figures_delete after delete on member referencing old table as changed
    for each statement execute function member_figures_touch_members();
create trigger member_figures_period_insert after insert on member_period referencing new table as changed
    for each statement execute function member_figures_touch_periods();
create trigger member_figures_period_update after update on member_period referencing new table as changed
    for each statement execute function member_figures_touch_periods();
create trigger member_figures_period_delete after delete on member_period referencing old table as changed
    for each statement execute function member_figures_touch_periods();
