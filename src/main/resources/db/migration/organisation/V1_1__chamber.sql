-- Chambers of commerce (商会) under a federation. The unified social credit code (GB 32100-2015)
-- is checked in full by the application; the database keeps its shape and uniqueness.
create table chamber (
    id                bigint generated always as identity primary key,
    federation_id     bigint       not null references federation (id),
    name              varchar(100) not null check (length(trim(name)) > 0),
    kind              varchar(16)  not null
        check (kind in ('INDUSTRY', 'SUBDISTRICT', 'OUT_OF_TOWN', 'HOMETOWN', 'PARK', 'OTHER')),
    credit_code       char(18)     not null check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    address           varchar(200),
    phone             varchar(30),
    founded_on        date,
    president         varchar(50),
    secretary_general varchar(50),
    member_count      int          not null default 0 check (member_count >= 0),
    remarks           varchar(1000),
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint chamber_credit_code_key unique (credit_code),
    constraint chamber_federation_name_key unique (federation_id, name)
);
-- The unique (federation_id, name) index already serves "chambers of this federation".
