-- Referrals (转介) of a grievance to a panel lawyer or mediator, the sessions held (咨询, 调解, 代理)
-- and the outcome. Notes may repeat what the case says, so they are SM4-GCM ciphertext like the
-- case text; lengths are checked before encryption. federation_id is the case's owning federation.
create table legal_aid_referral (
    id               bigint generated always as identity primary key,
    appeal_id        bigint       not null references appeal (id),
    federation_id    bigint       not null references federation (id),
    panel_member_id  bigint       not null references legal_aid_panel_member (id),
    note_cipher      bytea,
    referred_by      bigint       not null references app_user (id),
    referred_by_name varchar(50)  not null,
    referred_at      timestamptz  not null default now(),
    outcome          varchar(16)  check (outcome in ('SETTLED', 'NOT_SETTLED', 'LITIGATION', 'ANSWERED')),
    outcome_cipher   bytea,
    outcome_on       date,
    outcome_by       bigint       references app_user (id),
    outcome_by_name  varchar(50),
    outcome_at       timestamptz,
    constraint legal_aid_referral_outcome_complete check ((outcome is null) = (outcome_on is null)
        and (outcome is null) = (outcome_by is null) and (outcome is null) = (outcome_cipher is null))
);
create index legal_aid_referral_appeal_idx on legal_aid_referral (appeal_id, id);
create index legal_aid_referral_panel_member_idx on legal_aid_referral (panel_member_id);
-- one open referral of a case to the same person at a time
create unique index legal_aid_referral_open_unique on legal_aid_referral (appeal_id, panel_member_id)
    where outcome is null;

create table legal_aid_session (
    id               bigint generated always as identity primary key,
    referral_id      bigint       not null references legal_aid_referral (id),
    held_on          date         not null,
    kind             varchar(16)  not null check (kind in ('CONSULTATION', 'MEDIATION', 'REPRESENTATION')),
    place            varchar(100),
    note_cipher      bytea,
    recorded_by      bigint       not null references app_user (id),
    recorded_by_name varchar(50)  not null,
    recorded_at      timestamptz  not null default now()
);
create index legal_aid_session_referral_idx on legal_aid_session (referral_id, held_on, id);
