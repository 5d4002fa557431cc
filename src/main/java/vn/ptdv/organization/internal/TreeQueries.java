package vn.ptdv.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;

/** Read queries of the tree on a given date. Every subtree query is a range scan of the closure. */
@Repository
class TreeQueries {
    private static final String NODE_COLUMNS = """
            o.id, o.code, o.name, o.type, o.cell_kind, po.code AS parent_code,
            (SELECT COUNT(*) FROM organization_placement k
              WHERE k.parent_id = o.id AND k.valid_from <= :date AND :date < k.valid_to) AS child_count
            """;
    private static final String PARENT_JOIN = """
            LEFT JOIN organization_placement p ON p.organization_id = o.id AND p.valid_from <= :date AND :date < p.valid_to
            LEFT JOIN organization po ON po.id = p.parent_id
            """;

    private final JdbcClient jdbc;

    TreeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static TreeNode mapNode(ResultSet rs, int depth) throws SQLException {
        String kind = rs.getString("cell_kind");
        return new TreeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), kind == null ? null : CellKind.valueOf(kind),
                rs.getString("parent_code"), depth, rs.getInt("child_count"));
    }

    /** Organizations that head the tree on the date. */
    List<TreeNode> roots(LocalDate date) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                FROM organization_placement r JOIN organization o ON o.id = r.organization_id
                LEFT JOIN organization po ON 1 = 0
                WHERE r.parent_id IS NULL AND r.valid_from <= :date AND :date < r.valid_to
                """).param("date", date).query((rs, n) -> mapNode(rs, 0)).list();
    }

    List<TreeNode> nodes(Collection<Long> ids, LocalDate date) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM organization o " + PARENT_JOIN + " WHERE o.id IN (:ids)")
                .param("date", date).param("ids", ids).query((rs, n) -> mapNode(rs, 0)).list();
    }

    List<TreeNode> children(long parentId, LocalDate date) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                FROM organization_placement c JOIN organization o ON o.id = c.organization_id
                JOIN organization po ON po.id = c.parent_id
                WHERE c.parent_id = :parent AND c.valid_from <= :date AND :date < c.valid_to
                """).param("date", date).param("parent", parentId).query((rs, n) -> mapNode(rs, 1)).list();
    }

    /** The organization's ancestors on the date, from the root down, itself last. */
    List<TreeNode> path(long id, LocalDate date) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + ", c.depth AS distance FROM organization_closure c "
                + "JOIN organization o ON o.id = c.ancestor_id " + PARENT_JOIN + """
                WHERE c.descendant_id = :id AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.depth DESC
                """).param("date", date).param("id", id)
                .query((rs, n) -> mapNode(rs, rs.getInt("distance"))).list();
    }

    Optional<TreeNode> parent(long id, LocalDate date) {
        List<TreeNode> path = path(id, date);
        return path.size() < 2 ? Optional.empty() : Optional.of(path.get(path.size() - 2));
    }

    /** The subtree under the root on the date, level by level in a stable order, one page of it. */
    PageResult<TreeNode> subtree(long rootId, LocalDate date, int page, int size) {
        long total = jdbc.sql("""
                SELECT COUNT(*) FROM organization_closure c
                WHERE c.ancestor_id = :root AND c.valid_from <= :date AND :date < c.valid_to
                """).param("root", rootId).param("date", date).query(Long.class).single();
        List<TreeNode> items = jdbc.sql("SELECT " + NODE_COLUMNS + ", c.depth AS distance FROM organization_closure c "
                + "JOIN organization o ON o.id = c.descendant_id " + PARENT_JOIN + """
                WHERE c.ancestor_id = :root AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.depth, c.descendant_id
                LIMIT :size OFFSET :offset
                """)
                .param("root", rootId).param("date", date).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> mapNode(rs, rs.getInt("distance"))).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Organizations under any of the roots whose name (without accents) or code contains the query. */
    List<TreeNode> search(Collection<Long> rootIds, String query, LocalDate date, int limit) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        String folded = SearchText.containsPattern(query);
        String code = SearchText.likeContains(query.strip().toUpperCase(Locale.ROOT));
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM organization_closure c "
                + "JOIN organization o ON o.id = c.descendant_id " + PARENT_JOIN + """
                WHERE c.ancestor_id IN (:roots) AND c.valid_from <= :date AND :date < c.valid_to
                  AND (o.search_name LIKE :folded ESCAPE '\\' OR o.code LIKE :code ESCAPE '\\')
                ORDER BY o.search_name, o.code
                LIMIT :limit
                """)
                .param("roots", rootIds).param("date", date).param("folded", folded).param("code", code)
                .param("limit", limit)
                .query((rs, n) -> mapNode(rs, 0)).list();
    }

    /** For each organization, the names of its ancestors on the date, root first (itself excluded). */
    Map<Long, List<String>> ancestorNames(Collection<Long> ids, LocalDate date) {
        Map<Long, List<String>> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                SELECT c.descendant_id, a.name FROM organization_closure c JOIN organization a ON a.id = c.ancestor_id
                WHERE c.descendant_id IN (:ids) AND c.depth > 0 AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.descendant_id, c.depth DESC
                """).param("ids", ids).param("date", date)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong("descendant_id"), k -> new ArrayList<>()).add(rs.getString("name"));
                });
        return names;
    }
}
