-- Party organisations (党组织): the federation's party group (党组), the chamber-sector party
-- committee (商会行业党委) and party branches (党支部), in the federation organ or in a chamber.
-- federation_id is always set (for a chamber's organisation: the chamber's federation), so the
-- data scope is one path match. chamber_id gets its foreign key once the chamber table exists.
create table party_organisation (
    id             bigint generated always as identity primary key,
    federation_id  bigint       not null references federation (id),
    chamber_id     bigint,
    kind           varchar(24)  not null check (kind in ('PARTY_GROUP', 'SECTOR_COMMITTEE', 'BRANCH')),
    name           varchar(100) not null check (btrim(name) <> ''),
    secretary_name varchar(50),
    member_count   int          not null default 0 check (member_count between 0 and 100000),
    founded_on     date         check (founded_on >= date '1921-07-01'),
    remarks        varchar(500),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    -- a party group sits in the federation organ, never in a chamber
    constraint party_organisation_group_in_federation check (kind <> 'PARTY_GROUP' or chamber_id is null)
);
-- Names are unique within the federation organ and within each chamber.
create unique index party_organisation_name_idx on party_organisation (federation_id, coalesce(chamber_id, 0), name);
-- One party group per federation.
create unique index party_organisation_one_group_idx on party_organisation (federation_id) where kind = 'PARTY_GROUP';
create index party_organisation_chamber_idx on party_organisation (chamber_id);
