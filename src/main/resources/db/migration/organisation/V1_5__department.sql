-- Government departments (政府部门) in a federation's region: the counterparts of 对口联系 and
-- the addressees of grievance transfers; DEPARTMENT_LIAISON accounts act for one of them.
create table department (
    id             bigint generated always as identity primary key,
    federation_id  bigint       not null references federation (id),
    name           varchar(100) not null check (btrim(name) <> ''),
    kind           varchar(24)  not null check (kind in ('PUBLIC_SECURITY', 'PROCURATORATE', 'COURT', 'CENTRAL_BANK',
                                                          'MARKET_REGULATION', 'JUSTICE', 'HUMAN_RESOURCES', 'TAX', 'OTHER')),
    contact_person varchar(50),
    phone          varchar(20)  check (phone ~ '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?)$'),
    active         boolean      not null default true,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint department_name_unique unique (federation_id, name)
);
create index department_federation_idx on department (federation_id);
