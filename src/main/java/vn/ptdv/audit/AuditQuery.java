package vn.ptdv.audit;

import java.time.LocalDate;

/**
 * A typed audit search: each value narrows it, none is required. {@code from} and {@code to} are
 * days in Vietnam's time, both included; {@code organizationCode} means its whole subtree.
 */
public record AuditQuery(Long personId, String username, String organizationCode, String kind, LocalDate from,
        LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
