-- 法律服务团 / 商会人民调解委员会: the lawyers (律师顾问团) and mediators (人民调解员) a federation
-- can refer a grievance to. The mobile is personal data: SM4-GCM ciphertext plus the masked form
-- the lists show; the clear value never reaches the database.
create table legal_aid_panel_member (
    id              bigint generated always as identity primary key,
    federation_id   bigint       not null references federation (id),
    kind            varchar(16)  not null check (kind in ('LAWYER', 'MEDIATOR')),
    name            varchar(50)  not null check (btrim(name) <> ''),
    organisation    varchar(100) not null check (btrim(organisation) <> ''),
    chamber_id      bigint       references chamber (id),
    licence_number  char(17)     check (licence_number ~ '^[0-9]{17}$'),
    mobile_cipher   bytea        not null,
    mobile_masked   varchar(11)  not null check (mobile_masked ~ '^1[3-9][0-9]\*{4}[0-9]{4}$'),
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    -- a lawyer always has a practising certificate; a mediator links a chamber only as a mediator
    constraint legal_aid_panel_lawyer_licence check (kind <> 'LAWYER' or licence_number is not null),
    constraint legal_aid_panel_chamber_mediator check (chamber_id is null or kind = 'MEDIATOR'),
    constraint legal_aid_panel_licence_unique unique (federation_id, licence_number)
);
create index legal_aid_panel_member_federation_idx on legal_aid_panel_member (federation_id, active, kind);
create index legal_aid_panel_member_chamber_idx on legal_aid_panel_member (chamber_id) where chamber_id is not null;

-- What a panel member takes on (擅长领域), in the grievance subjects' terms.
create table legal_aid_panel_speciality (
    panel_member_id bigint      not null references legal_aid_panel_member (id) on delete cascade,
    speciality      varchar(24) not null check (speciality in ('UNPAID_DEBTS', 'LAW_ENFORCEMENT', 'FINANCING',
                        'INTELLECTUAL_PROPERTY', 'CONTRACT_DISPUTE', 'LABOUR_DISPUTE', 'POLICY_ADVICE', 'OTHER')),
    primary key (panel_member_id, speciality)
);
create index legal_aid_panel_speciality_idx on legal_aid_panel_speciality (speciality, panel_member_id);
