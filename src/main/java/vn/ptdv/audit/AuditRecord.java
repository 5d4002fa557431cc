package vn.ptdv.audit;

import java.time.OffsetDateTime;

/**
 * One entry as an auditor reads it: when, which account, the kind (its code and its Vietnamese
 * name), what it concerns (the kind of record, its Vietnamese name and its key), the person it is about (an id), the organization it is filed under and
 * its details in Vietnamese.
 */
public record AuditRecord(long id, OffsetDateTime occurredAt, String username, String kind, String kindName,
        String entityType, String entityName, String entityKey, Long personId, String organizationCode, String organizationName,
        String details) {
}
