package vn.ptdv.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/**
 * The audit log of the user's scope, newest first: entries filed under an organization of the
 * subtree (an administrator reads every entry, system ones included).
 */
@Controller
class AuditPageController {
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditPageController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String user, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser viewer = CurrentUser.require();
        if (!viewer.role().canReadAudit()) {
            throw new ForbiddenException("audit.forbidden");
        }
        int size = PageResult.DEFAULT_SIZE;
        int pageNumber = Math.max(page, 0);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!viewer.isAdmin()) {
            where.append(" AND a.organization_id IN (SELECT s.descendant_id FROM organization_subtree s")
                    .append(" WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to)");
            params.put("root", viewer.homeOrganizationId());
            params.put("today", LocalDate.now(clock));
        }
        String username = Problems.optional(user);
        if (username != null) {
            where.append(" AND a.username = :username");
            params.put("username", username.toLowerCase(Locale.ROOT));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log a" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) pageNumber * size);
        List<AuditEntry> entries = jdbc.sql("""
                SELECT a.id, a.occurred_at, a.username, a.action, a.entity_type, a.entity_key, o.code, o.name, a.details
                FROM audit_log a LEFT JOIN organization_directory o ON o.id = a.organization_id
                """ + where + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :size OFFSET :offset")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
        model.addAttribute("entries", new PageResult<>(entries, pageNumber, size, total));
        model.addAttribute("user", username);
        return "audit/list";
    }
}
