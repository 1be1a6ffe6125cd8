-- The audit trail is read newest first, filtered by account or by action.
create index audit_record_username_idx on audit_record (username, id);
create index audit_record_action_idx on audit_record (action, id);
