-- The audit search (issue 11, item 4): by person, account, kind and period, newest first.
-- The person an entry is about is kept as an id (never a name): the person's own entries (entity
-- "person") and those that name the person in their details (pool, class, dossier entries).
-- Entries written before this migration have none: the log is append-only, nothing is back-filled.
ALTER TABLE audit_log ADD COLUMN person_id BIGINT;
CREATE INDEX ix_audit_log_person ON audit_log (person_id, occurred_at);
CREATE INDEX ix_audit_log_username ON audit_log (username, occurred_at);
CREATE INDEX ix_audit_log_action ON audit_log (action, occurred_at);
