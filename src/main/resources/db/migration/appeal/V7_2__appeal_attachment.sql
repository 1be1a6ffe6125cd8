-- Attachments of cases (诉求附件) and what the public form (公众网上提交) adds to a case.

-- A file attached to a case. The file itself lives outside the web root (qinqing.appeal.attachments.dir),
-- SM4-GCM encrypted, under a random storage name; the name the submitter gave it is ciphertext here.
-- kind and content_type come from the file's content (magic bytes), never from its name.
create table appeal_attachment (
    id               bigint generated always as identity primary key,
    appeal_id        bigint       not null references appeal (id) on delete cascade,
    name_cipher      bytea        not null,
    kind             varchar(8)   not null check (kind in ('PDF', 'JPEG', 'PNG', 'DOCX', 'XLSX', 'TEXT')),
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0),
    storage_name     char(32)     not null unique check (storage_name ~ '^[0-9a-f]{32}$'),
    sm3              char(64)     not null,
    uploaded_by      bigint       references app_user (id),
    uploaded_by_name varchar(50)  not null,
    created_at       timestamptz  not null default now()
);
create index appeal_attachment_appeal_idx on appeal_attachment (appeal_id, id);

-- A case filed through the public form by a firm without an account: the credit code it gave (when it
-- gave one) and the Idempotency-Key of the submission, unique per contact mobile (there is no account
-- to tie it to). Its consent that a chamber may see the case is appeal.chamber_visible.
create table appeal_public_intake (
    appeal_id            bigint       primary key references appeal (id) on delete cascade,
    credit_code          varchar(18)  check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    contact_mobile_index char(64)     not null,
    idempotency_key      varchar(100),
    client_address       varchar(64),
    created_at           timestamptz  not null default now()
);
create unique index appeal_public_intake_key_uq on appeal_public_intake (contact_mobile_index, idempotency_key)
    where idempotency_key is not null;
