package vn.ptdv.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Formats;

/** SQL of the audit log: entries written in the caller's transaction, read newest first. */
@Repository
class AuditStore implements AuditLog {
    private static final int MAX_DETAILS = 4000;
    /** The person an entry is about, as other modules name them in the details: {@code person=42}. */
    private static final Pattern PERSON = Pattern.compile("(?:^|; )person=(\\d{1,18})(?:;|$)");

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @Override
    public void record(String action, String entityType, String entityKey, Long organizationId, String details) {
        String username = CurrentUser.find().map(CurrentUser::username).orElse("system");
        recordAs(username, action, entityType, entityKey, organizationId, details);
    }

    @Transactional
    @Override
    public void recordAs(String username, String action, String entityType, String entityKey, Long organizationId,
            String details) {
        String text = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, organization_id, details,
                                       person_id)
                VALUES (:at, :username, :action, :entityType, :entityKey, :organizationId, :details, :personId)
                """)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityKey", entityKey)
                .param("organizationId", organizationId)
                .param("details", text)
                .param("personId", personOf(entityType, entityKey, text))
                .update();
    }

    /** The person an entry is about: the entity itself, or {@code person=<id>} in its details. */
    static Long personOf(String entityType, String entityKey, String details) {
        if ("person".equals(entityType) && entityKey != null && entityKey.matches("\\d{1,18}")) {
            return Long.parseLong(entityKey);
        }
        if (details != null) {
            Matcher matcher = PERSON.matcher(details);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
        }
        return null;
    }

    /** The organization of a code, if it exists. */
    Optional<Long> organizationId(String code) {
        return jdbc.sql("SELECT id FROM organization_directory WHERE code = :code").param("code", code)
                .query(Long.class).optional();
    }

    Optional<String> organizationName(long id) {
        return jdbc.sql("SELECT name FROM organization_directory WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** Whether the organization lies in the subtree of {@code rootId} on the day. */
    boolean inSubtree(long rootId, long organizationId, LocalDate day) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_subtree
                WHERE ancestor_id = :root AND descendant_id = :id AND valid_from <= :day AND :day < valid_to
                """).param("root", rootId).param("id", organizationId).param("day", day).query(Long.class).single() > 0;
    }

    /**
     * What a search reads: entries filed under the subtree of {@code rootId} on {@code day} (every
     * entry, system ones included, when null), narrowed by each value given.
     */
    record Criteria(Long rootId, LocalDate day, Long personId, String username, String kind, LocalDate from,
            LocalDate to) {
    }

    long count(Criteria criteria) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM audit_log a" + where(criteria, params)).params(params)
                .query(Long.class).single();
    }

    List<AuditEntry> find(Criteria criteria, long offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(criteria, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("""
                SELECT a.id, a.occurred_at, a.username, a.action, a.entity_type, a.entity_key, a.person_id, o.code,
                       o.name, a.details
                FROM audit_log a LEFT JOIN organization_directory o ON o.id = a.organization_id
                """ + where + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getString(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    private static String where(Criteria c, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (c.rootId() != null) {
            where.append(" AND a.organization_id IN (SELECT s.descendant_id FROM organization_subtree s")
                    .append(" WHERE s.ancestor_id = :root AND s.valid_from <= :day AND :day < s.valid_to)");
            params.put("root", c.rootId());
            params.put("day", c.day());
        }
        if (c.personId() != null) {
            where.append(" AND a.person_id = :person");
            params.put("person", c.personId());
        }
        if (c.username() != null) {
            where.append(" AND a.username = :username");
            params.put("username", c.username());
        }
        if (c.kind() != null) {
            where.append(" AND a.action = :kind");
            params.put("kind", c.kind());
        }
        if (c.from() != null) {
            where.append(" AND a.occurred_at >= :from");
            params.put("from", startOf(c.from()));
        }
        if (c.to() != null) {
            where.append(" AND a.occurred_at < :to");
            params.put("to", startOf(c.to().plusDays(1)));
        }
        return where.toString();
    }

    /** The first instant of a day in Vietnam, in UTC as the entries are stored. */
    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Formats.VIETNAM_ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
