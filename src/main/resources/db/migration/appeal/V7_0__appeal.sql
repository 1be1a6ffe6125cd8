-- The rights-protection service centre (维权服务中心): cases (诉求), their history, categories and subjects.

-- Categories (诉求类别) with their time limits in working days; kept as data so that limits can change.
create table appeal_category (
    code          varchar(24) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name          varchar(20) not null unique check (btrim(name) <> ''),
    handling_days int         not null check (handling_days between 1 and 60),
    accept_days   int         not null default 1 check (accept_days between 1 and 10),
    sort_order    int         not null default 0
);
insert into appeal_category (code, name, handling_days, accept_days, sort_order) values
    ('COMPLAINT', '投诉维权', 13, 1, 1),
    ('COORDINATION', '协调帮助', 13, 1, 2),
    ('REPORT', '情况反映', 13, 1, 3),
    ('CONSULTATION', '个案咨询', 3, 1, 4);

-- Subjects (诉求事项), editable by staff: added, renamed, disabled (kept for the cases that use them).
create table appeal_subject (
    code       varchar(24) primary key check (code ~ '^[A-Z][A-Z0-9_]*$'),
    name       varchar(30) not null unique check (btrim(name) <> ''),
    active     boolean     not null default true,
    sort_order int         not null default 0,
    updated_at timestamptz not null default now()
);
insert into appeal_subject (code, name, sort_order) values
    ('ARREARS', '拖欠账款', 1),
    ('ADMIN_ENFORCEMENT', '行政执法', 2),
    ('FINANCING', '融资', 3),
    ('INTELLECTUAL_PROPERTY', '知识产权', 4),
    ('CONTRACT', '合同纠纷', 5),
    ('LABOUR', '劳动纠纷', 6),
    ('POLICY', '政策咨询', 7),
    ('OTHER', '其他', 99);

-- Which subjects a category offers.
create table appeal_category_subject (
    category_code varchar(24) not null references appeal_category (code),
    subject_code  varchar(24) not null references appeal_subject (code),
    primary key (category_code, subject_code)
);
insert into appeal_category_subject (category_code, subject_code)
select c.code, s.code from appeal_category c cross join appeal_subject s;

-- A case. Title, content, reply and the contact mobile are SM4-GCM ciphertext (PersonalDataCipher);
-- the mobile also has a blind index and a masked form. federation_id is the owning federation: the
-- data scope and the key a distributed deployment partitions by.
create table appeal (
    id                       bigint generated always as identity primary key,
    federation_id            bigint       not null references federation (id),
    tracking_number          varchar(24)  not null,
    member_id                bigint       references member (id),
    channel                  varchar(16)  not null check (channel in ('MEMBER_WEB', 'PHONE', 'VISIT', 'LETTER',
                                                                      'HOTLINE_12345', 'DUTY_DESK', 'PUBLIC_WEB')),
    category_code            varchar(24)  not null references appeal_category (code),
    subject_code             varchar(24)  not null references appeal_subject (code),
    title_cipher             bytea        not null,
    content_cipher           bytea        not null,
    submitter_name           varchar(50)  not null check (btrim(submitter_name) <> ''),
    submitter_company        varchar(100),
    contact_mobile_cipher    bytea,
    contact_mobile_index     char(64),
    contact_mobile_masked    varchar(11),
    chamber_visible          boolean      not null default false,
    chamber_id               bigint       references chamber (id),
    status                   varchar(20)  not null check (status in ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS',
                                                                     'TRANSFERRED', 'EXTENSION_REQUESTED', 'RESOLVED', 'ARCHIVED')),
    handling_days            int          not null check (handling_days between 1 and 60),
    submitted_on             date         not null,
    accept_due               date         not null,
    accepted_on              date,
    handling_due             date,
    department_id            bigint       references department (id),
    handler_id               bigint       references app_user (id),
    requested_extension_days int          check (requested_extension_days between 1 and 60),
    extended_days            int          not null default 0,
    reopened                 boolean      not null default false,
    rating                   varchar(24)  check (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    reply_cipher             bytea,
    resolved_on              date,
    archived_on              date,
    -- The due date that runs now: acceptance while submitted, handling while handled, none once closed.
    due_on                   date generated always as (case
                                 when status = 'SUBMITTED' then accept_due
                                 when status in ('ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'EXTENSION_REQUESTED') then handling_due
                             end) stored,
    submitted_by             bigint       references app_user (id),
    idempotency_key          varchar(100),
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    constraint appeal_tracking_number_unique unique (federation_id, tracking_number),
    check (chamber_id is null or chamber_visible),
    check (status = 'SUBMITTED' or status = 'DECLINED' or handling_due is not null),
    check ((status = 'TRANSFERRED') <= (department_id is not null))
);
-- The same Idempotency-Key from the same account is one case, however often it is retried.
create unique index appeal_idempotency_uq on appeal (submitted_by, idempotency_key) where idempotency_key is not null;
create index appeal_federation_idx on appeal (federation_id, status, submitted_on desc);
create index appeal_due_idx on appeal (due_on) where due_on is not null;
create index appeal_member_idx on appeal (member_id) where member_id is not null;
create index appeal_department_idx on appeal (department_id) where department_id is not null;
create index appeal_chamber_idx on appeal (chamber_id) where chamber_visible;
create index appeal_tracking_number_idx on appeal (tracking_number);

-- The history (办理过程): every step with who, when, from and to which status, and a note (encrypted).
create table appeal_step (
    id            bigint generated always as identity primary key,
    appeal_id     bigint       not null references appeal (id) on delete cascade,
    occurred_at   timestamptz  not null default now(),
    actor_id      bigint       references app_user (id),
    actor_name    varchar(50)  not null,
    action        varchar(24)  not null,
    from_status   varchar(20),
    to_status     varchar(20)  not null,
    department_id bigint       references department (id),
    note_cipher   bytea
);
create index appeal_step_appeal_idx on appeal_step (appeal_id, id);

-- Tracking numbers run per federation and day without gaps from concurrent submissions.
create table appeal_number_sequence (
    federation_id bigint not null references federation (id),
    day           date   not null,
    last_value    int    not null,
    primary key (federation_id, day)
);
