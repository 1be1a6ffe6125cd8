-- Accounts and their roles. Bound roles carry the one chamber, member or department they act for.
create table app_user (
    id                   bigint generated always as identity primary key,
    username             varchar(32)  not null unique check (username = lower(username)),
    display_name         varchar(50)  not null,
    password_hash        varchar(300) not null,
    must_change_password boolean      not null default true,
    federation_id        bigint       not null references federation (id),
    enabled              boolean      not null default true,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz  not null default now()
);

create table user_role (
    user_id       bigint      not null references app_user (id) on delete cascade,
    role          varchar(32) not null,
    chamber_id    bigint,
    member_id     bigint,
    department_id bigint,
    primary key (user_id, role)
);
