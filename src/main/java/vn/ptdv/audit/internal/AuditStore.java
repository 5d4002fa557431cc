package vn.ptdv.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SystemActor;

/** SQL of the audit log: entries written in the caller's transaction, read newest first. */
@Repository
class AuditStore implements AuditLog {
    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public void record(String action, String entityType, String entityKey, Long organizationId, String details) {
        String username = CurrentUser.find().map(CurrentUser::username).orElse(SystemActor.USERNAME);
        recordAs(username, action, entityType, entityKey, organizationId, details);
    }

    @Transactional
    @Override
    public void recordAs(String username, String action, String entityType, String entityKey, Long organizationId,
            String details) {
        String text = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, organization_id, details)
                VALUES (:at, :username, :action, :entityType, :entityKey, :organizationId, :details)
                """)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityKey", entityKey)
                .param("organizationId", organizationId)
                .param("details", text)
                .update();
    }

    /**
     * Entries filed under an organization of the subtree of {@code rootId} on the day (every entry,
     * system ones included, when {@code rootId} is null), of one account if {@code username} is given.
     */
    PageResult<AuditEntry> page(Long rootId, LocalDate today, String username, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (rootId != null) {
            where.append(" AND a.organization_id IN (SELECT s.descendant_id FROM organization_subtree s")
                    .append(" WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to)");
            params.put("root", rootId);
            params.put("today", today);
        }
        if (username != null) {
            where.append(" AND a.username = :username");
            params.put("username", username);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log a" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<AuditEntry> entries = jdbc.sql("""
                SELECT a.id, a.occurred_at, a.username, a.action, a.entity_type, a.entity_key, o.code, o.name, a.details
                FROM audit_log a LEFT JOIN organization_directory o ON o.id = a.organization_id
                """ + where + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :size OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
        return new PageResult<>(entries, page, size, total);
    }
}
