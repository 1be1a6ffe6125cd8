-- The structure dashboard's breakdowns (by chamber, industry section and size) cached per federation
-- next to the figures of V4_4, under the same per-federation version: a province-wide dashboard sums a
-- few rows per federation instead of grouping a million members (3 s), and a federation whose version
-- moved on is recounted alone.
create table member_breakdown_state (
    federation_id bigint primary key references federation (id) on delete cascade,
    version       bigint not null
);
-- Active members of a federation in each chamber they belong to. The chamber may belong to another
-- federation (one below the member's): which chambers a scope shows, and their names, are looked up
-- when the rows are summed.
create table member_breakdown_chamber (
    federation_id bigint not null references federation (id) on delete cascade,
    chamber_id    bigint not null references chamber (id) on delete cascade,
    members       bigint not null,
    primary key (federation_id, chamber_id)
);
-- Active organisation members (enterprise and group) of a federation by industry section (facet I,
-- value A-T) and by size (facet S, value LARGE..MICRO); the empty value counts those without one.
create table member_breakdown_facet (
    federation_id bigint     not null references federation (id) on delete cascade,
    facet         char(1)    not null check (facet in ('I', 'S')),
    value         varchar(8) not null,
    members       bigint     not null,
    primary key (federation_id, facet, value)
);

-- A changed federation is recounted from covering indexes keyed by federation, reading a few dozen
-- index pages instead of the 9,000 heap pages its 10,000 members lie on: the index of active members
-- (V4_4) now also carries industry, size and the id (to look up chamber memberships); the index of
-- all members (for the year-end figures: a lapsed member counts in the years it was one) is keyed by
-- federation instead of by id, which served the per-request count over the whole province before
-- the figures were cached.
drop index member_active_facts_idx;
create index member_active_facts_idx on member (federation_id)
    include (type, kind, local, high_tech, industry, size, id) where status = 'ACTIVE';
drop index member_facts_idx;
create index member_facts_idx on member (federation_id) include (id, type, kind, local, high_tech);

-- Joining or leaving a chamber changes the breakdown by chamber, so it bumps the version of the
-- member's federation like a change to its periods does (the same function: both tables name the
-- member in member_id). Statement-level, so an import's COPY bumps it once.
create trigger member_figures_chamber_insert after insert on member_chamber referencing new table as changed
    for each statement execute function member_figures_touch_periods();
-- An update may move a row from one member to another: both members' federations change.
create function member_figures_touch_chamber_moves() returns trigger language plpgsql as $$
begin
    insert into member_figures_version (federation_id, version)
    select distinct m.federation_id, 1
      from (select member_id from changed union select member_id from previous) c
      join member m on m.id = c.member_id
    on conflict (federation_id) do update set version = member_figures_version.version + 1;
    return null;
end $$;
create trigger member_figures_chamber_update after update on member_chamber
    referencing old table as previous new table as changed
    for each statement execute function member_figures_touch_chamber_moves();
create trigger member_figures_chamber_delete after delete on member_chamber referencing old table as changed
    for each statement execute function member_figures_touch_periods();
