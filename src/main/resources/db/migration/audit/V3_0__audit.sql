-- The audit trail (审计日志): append-only, each record chained to the previous by HMAC-SM3.
create table audit_record (
    id             bigint primary key,
    occurred_at    timestamptz  not null,
    username       varchar(64)  not null,
    role           varchar(200),
    client_address varchar(64),
    action         varchar(64)  not null,
    object_type    varchar(64),
    object_id      varchar(64),
    result         varchar(16)  not null,
    detail         varchar(500),
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);
create index audit_record_occurred_idx on audit_record (occurred_at);

-- One row: the end of the chain. Updating it under a row lock serialises writers, and its
-- hash lets the verifier notice records cut off the end.
create table audit_chain_head (
    singleton boolean primary key default true check (singleton),
    last_id   bigint not null,
    last_hash char(64) not null
);
insert into audit_chain_head (last_id, last_hash) values (0, repeat('0', 64));

-- Append-only: the application never updates or deletes records.
create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only';
end $$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_append_only();
