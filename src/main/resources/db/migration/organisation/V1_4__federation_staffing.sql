-- The federation's staffing by year (编制岗位): authorised posts (编制数), filled posts (实有人数)
-- and full-time cadres (专职干部数). Filled may exceed authorised (超编), and cadres may exceed
-- both (cadres on contract hold no post), so the only rules are ranges.
create table federation_staffing (
    federation_id bigint      not null references federation (id),
    year          int         not null check (year between 1949 and 2200),
    authorised    int         not null check (authorised between 0 and 9999),
    filled        int         not null check (filled between 0 and 9999),
    cadres        int         not null check (cadres between 0 and 9999),
    remarks       varchar(500),
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    primary key (federation_id, year)
);
