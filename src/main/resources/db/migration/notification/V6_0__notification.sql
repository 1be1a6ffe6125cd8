-- Notifications (消息通知): one row per notice; the in-app inbox reads it directly.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint        references app_user (id) on delete cascade,
    -- true when the notice was sent on the IN_APP channel: it is then in the recipient's inbox
    inbox        boolean       not null default false,
    title        varchar(100)  not null,
    body         varchar(2000) not null,
    link         varchar(300)  check (link like '/%' and link not like '//%'),
    created_at   timestamptz   not null,
    read_at      timestamptz,
    check (not inbox or recipient_id is not null)
);
create index notification_inbox_idx on notification (recipient_id, id desc) where inbox;
create index notification_unread_idx on notification (recipient_id) where inbox and read_at is null;

-- The outbox: one delivery per channel, written in the sender's transaction. E-mail and SMS are
-- sent later by the dispatcher and retried with growing delays; IN_APP is delivered on insert.
-- HELD: e-mail waiting for mail settings (no spring.mail.host), sent once they exist.
create table notification_delivery (
    id              bigint generated always as identity primary key,
    notification_id bigint       not null references notification (id) on delete cascade,
    channel         varchar(8)   not null check (channel in ('IN_APP', 'EMAIL', 'SMS')),
    -- e-mail address or mobile, SM4-GCM encrypted (personal data); null for IN_APP
    address_cipher  bytea,
    status          varchar(8)   not null check (status in ('PENDING', 'HELD', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    check ((channel = 'IN_APP') = (address_cipher is null))
);
create index notification_delivery_notification_idx on notification_delivery (notification_id);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at)
    where status in ('PENDING', 'HELD');

-- Where an account wants to be reached: e-mail in clear (it is an address, not an identifier of a
-- person by law), the mobile SM4-GCM encrypted with a blind index and its masked form.
create table notification_contact (
    account_id    bigint       primary key references app_user (id) on delete cascade,
    email         varchar(254),
    mobile_cipher bytea,
    mobile_index  char(64),
    mobile_masked varchar(11),
    updated_at    timestamptz  not null
);
create index notification_contact_mobile_idx on notification_contact (mobile_index);

-- One-time codes (短信验证码) for public forms: the code only as HMAC-SM3, the mobile only as its
-- blind index. Rows also serve as the rate-limit ledger, so every instance sees the same counts.
create table one_time_code (
    id              bigint generated always as identity primary key,
    mobile_index    char(64)     not null,
    purpose         varchar(40)  not null,
    code_hash       char(64)     not null,
    client_address  varchar(64)  not null,
    issued_at       timestamptz  not null,
    expires_at      timestamptz  not null,
    failed_attempts int          not null default 0,
    used_at         timestamptz,
    -- too many wrong tries, replaced by a newer code, or the SMS could not be sent
    voided_at       timestamptz
);
create index one_time_code_mobile_idx on one_time_code (mobile_index, issued_at desc);
create index one_time_code_address_idx on one_time_code (client_address, issued_at desc);
