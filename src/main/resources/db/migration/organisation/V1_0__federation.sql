-- Federations of Industry and Commerce (工商联) at every level, one per region (GB/T 2260).
-- path holds the ids from the root down ("/1/2/3/") so "this federation and all below it"
-- is one indexed prefix match.
create table federation (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null,
    level       varchar(16)  not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT')),
    region_code char(6)      not null unique check (region_code ~ '^[0-9]{6}$'),
    parent_id   bigint references federation (id),
    path        varchar(400) not null,
    created_at  timestamptz  not null default now()
);
create index federation_path_idx on federation (path text_pattern_ops);
