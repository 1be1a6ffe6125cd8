create extension if not exists pg_trgm;

-- The member roll (会员). Personal numbers are stored SM4-GCM encrypted with an HMAC-SM3 blind
-- index for exact lookup and duplicate checks, plus the masked form for display.
create table member (
    id                    bigint generated always as identity primary key,
    federation_id         bigint       not null references federation (id),
    member_number         varchar(20),
    type                  varchar(16)  not null check (type in ('ENTERPRISE', 'GROUP', 'INDIVIDUAL')),
    status                varchar(16)  not null check (status in ('APPLIED', 'REJECTED', 'ACTIVE', 'LAPSED', 'WITHDRAWN', 'EXPELLED')),
    name                  varchar(100) not null,
    credit_code           char(18),
    legal_representative  varchar(50),
    industry              char(1) check (industry between 'A' and 'T'),
    kind                  varchar(24) check (kind in ('PRIVATE_ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'COOPERATIVE', 'HMT_INVESTED', 'OTHER')),
    size                  varchar(8) check (size in ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
    high_tech             boolean      not null default false,
    local                 boolean      not null default true,
    address               varchar(200),
    contact_name          varchar(50),
    id_number_cipher      bytea,
    id_number_index       char(64),
    id_number_masked      varchar(18),
    birth_date            date,
    male                  boolean,
    employer              varchar(100),
    position              varchar(50),
    political_affiliation varchar(24) check (political_affiliation in ('CPC_MEMBER', 'DEMOCRATIC_PARTY', 'NON_PARTY', 'MASSES')),
    mobile_cipher         bytea,
    mobile_index          char(64),
    mobile_masked         varchar(11),
    joined_on             date,
    applied_on            date         not null default current_date,
    review_note           varchar(500),
    -- Search terms computed in Java (SearchTerms): character bigrams of the name and of its
    -- pinyin initials for the array index; name, full pinyin and initials for the trigram index.
    search_terms          text[]       not null default '{}',
    search_text           varchar(1000) not null default '',
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    check ((type = 'INDIVIDUAL') = (credit_code is null))
);
create unique index member_number_uq on member (federation_id, member_number) where member_number is not null;
create unique index member_credit_code_uq on member (federation_id, credit_code) where credit_code is not null and status <> 'REJECTED';
create unique index member_id_number_uq on member (federation_id, id_number_index) where id_number_index is not null and status <> 'REJECTED';
create index member_mobile_idx on member (mobile_index);
create index member_federation_status_idx on member (federation_id, status, type);
create index member_search_terms_idx on member using gin (search_terms);
create index member_search_text_idx on member using gin (search_text gin_trgm_ops);
create index member_credit_code_prefix_idx on member (credit_code bpchar_pattern_ops);

-- Chambers a member belongs to; several allowed.
create table member_chamber (
    member_id  bigint not null references member (id) on delete cascade,
    chamber_id bigint not null references chamber (id),
    joined_on  date,
    primary key (member_id, chamber_id)
);
create index member_chamber_chamber_idx on member_chamber (chamber_id);

-- Each period of membership: admitted on started_on, ended (lapsed, withdrawn, expelled) on ended_on.
create table member_period (
    id         bigint generated always as identity primary key,
    member_id  bigint not null references member (id) on delete cascade,
    started_on date   not null,
    ended_on   date,
    end_status varchar(16) check (end_status in ('LAPSED', 'WITHDRAWN', 'EXPELLED')),
    check (ended_on is null or ended_on >= started_on)
);
create index member_period_member_idx on member_period (member_id);
create index member_period_dates_idx on member_period (started_on, ended_on);

-- The timeline: every change with who, when and why.
create table member_event (
    id          bigint generated always as identity primary key,
    member_id   bigint       not null references member (id) on delete cascade,
    occurred_at timestamptz  not null default now(),
    actor       varchar(64)  not null,
    action      varchar(24)  not null,
    reason      varchar(500)
);
create index member_event_member_idx on member_event (member_id, occurred_at);

-- Posts held: 人大代表, 政协委员, 工商联执委/常委/副主席 ... with level and term.
create table member_post (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    title      varchar(50) not null,
    level      varchar(16) not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT')),
    term       varchar(30),
    started_on date,
    ended_on   date
);
create index member_post_member_idx on member_post (member_id);

-- Yearly dues (会费).
create table member_dues (
    member_id bigint        not null references member (id) on delete cascade,
    year      int           not null check (year between 1949 and 2100),
    amount    numeric(12, 2) not null check (amount >= 0),
    paid_on   date,
    primary key (member_id, year)
);

-- Member numbers are handed out per federation and year without gaps from concurrent approvals.
create table member_number_sequence (
    federation_id bigint not null references federation (id),
    year          int    not null,
    last_value    int    not null,
    primary key (federation_id, year)
);
