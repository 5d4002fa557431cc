package vn.ptdv.audit.internal;

import java.time.OffsetDateTime;

record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String entityType,
        String entityKey, Long personId, String organizationCode, String organizationName, String details) {
}
