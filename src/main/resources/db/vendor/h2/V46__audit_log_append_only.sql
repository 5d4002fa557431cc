-- The audit log is append-only in the database itself (see db/vendor/postgresql): on H2 a Java
-- trigger refuses every UPDATE and DELETE. (H2 fires no trigger on TRUNCATE.)
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'vn.ptdv.audit.internal.AuditLogAppendOnly';
