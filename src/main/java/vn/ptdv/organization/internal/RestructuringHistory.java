package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.NotFoundException;

/** The recorded restructurings, as the organization pages and the API show them. */
@Repository
@Transactional(readOnly = true)
class RestructuringHistory {
    private final JdbcClient jdbc;
    private final AccessScope scope;

    RestructuringHistory(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Entry(long id, RestructuringType type, LocalDate effectiveDate, String directive, String summary,
            OffsetDateTime createdAt, String createdBy, List<Party> organizations) {

        public List<Party> withRole(String role) {
            return organizations.stream().filter(o -> o.role().equals(role)).toList();
        }

        /** "name=Old -> New" keeps the name before a rename. */
        public String previousName() {
            return summary != null && summary.startsWith("name=") ? summary.substring(5, summary.indexOf(" -> ")) : null;
        }
    }

    record Party(long id, String code, String name, String role) {
    }

    Entry get(long id) {
        List<Entry> entries = load("r.id = :id", Map.of("id", id));
        if (entries.isEmpty() || entries.get(0).organizations().stream().noneMatch(o -> scope.canSee(o.id()))) {
            throw new NotFoundException("restructuring.notFound", id);
        }
        return entries.get(0);
    }

    /** Restructurings that touched the organization, newest first. */
    List<Entry> of(long organizationId) {
        return load("r.id IN (SELECT x.restructuring_id FROM restructuring_organization x WHERE x.organization_id = :org)",
                Map.of("org", organizationId));
    }

    private List<Entry> load(String condition, Map<String, Object> params) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.type, r.effective_date, r.directive, r.summary, r.created_at, r.created_by,
                       o.id AS org_id, o.code, o.name, ro.role
                FROM restructuring r
                JOIN restructuring_organization ro ON ro.restructuring_id = r.id
                JOIN organization o ON o.id = ro.organization_id
                WHERE """ + " " + condition + " ORDER BY r.effective_date DESC, r.id DESC, ro.role, o.code")
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    Entry entry = entries.get(id);
                    if (entry == null) {
                        entry = new Entry(id, RestructuringType.valueOf(rs.getString("type")),
                                rs.getObject("effective_date", LocalDate.class), rs.getString("directive"),
                                rs.getString("summary"), rs.getObject("created_at", OffsetDateTime.class),
                                rs.getString("created_by"), new ArrayList<>());
                        entries.put(id, entry);
                    }
                    entry.organizations().add(new Party(rs.getLong("org_id"), rs.getString("code"),
                            rs.getString("name"), rs.getString("role")));
                });
        return List.copyOf(entries.values());
    }
}
