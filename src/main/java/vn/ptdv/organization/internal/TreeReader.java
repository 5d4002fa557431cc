package vn.ptdv.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.VietnameseOrder;
import vn.ptdv.shared.database.ReadOnlyAnswers;

/**
 * The one reader of the tree: every question about organizations, their places on a date and
 * their history, one method (and as a rule one SQL statement) a question. No scope is applied
 * here: the callers ask {@code AccessScope} first. Every subtree question is a range scan of the
 * closure.
 */
@Repository
public class TreeReader {
    /** How many organizations a search lists at the most. */
    static final int SEARCH_LIMIT = 50;
    /** Higher levels first, then Vietnamese alphabetical order. */
    static final Comparator<TreeNode> TREE_ORDER = Comparator.comparing(TreeNode::type)
            .thenComparing(VietnameseOrder.by(TreeNode::name));
    private static final Comparator<OrganizationRow> ROW_ORDER = Comparator.comparing(OrganizationRow::type)
            .thenComparing(VietnameseOrder.by(OrganizationRow::name));

    private static final String COLUMNS = "o.id, o.code, o.name, o.type, o.cell_kind, o.established_on, o.ended_on, "
            + "o.version, o.updated_at, o.updated_by, o.delegated_admission";
    private static final String NODE_COLUMNS = """
            o.id, o.code, o.name, o.type, o.cell_kind, po.code AS parent_code,
            (SELECT COUNT(*) FROM organization_placement k
              WHERE k.parent_id = o.id AND k.valid_from <= :date AND :date < k.valid_to) AS child_count
            """;
    private static final String PARENT_JOIN = """
            LEFT JOIN organization_placement p ON p.organization_id = o.id AND p.valid_from <= :date AND :date < p.valid_to
            LEFT JOIN organization po ON po.id = p.parent_id
            """;
    /** Closure rows of the descendant {@code :id} that hold on {@code :date}, the ancestor as {@code o}. */
    private static final String ANCESTRY = """
            FROM organization_closure c JOIN organization o ON o.id = c.ancestor_id
            WHERE c.descendant_id = :id AND c.valid_from <= :date AND :date < c.valid_to
            """;

    private final JdbcClient jdbc;

    TreeReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OrganizationRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        String kind = rs.getString("cell_kind");
        return new OrganizationRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), kind == null ? null : CellKind.valueOf(kind),
                rs.getObject("established_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getBoolean("delegated_admission"));
    }

    private static TreeNode mapNode(ResultSet rs, int depth) throws SQLException {
        String kind = rs.getString("cell_kind");
        return new TreeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), kind == null ? null : CellKind.valueOf(kind),
                rs.getString("parent_code"), depth, rs.getInt("child_count"));
    }

    private static DatePeriod mapPeriod(ResultSet rs) throws SQLException {
        return new DatePeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }

    // --- an organization's own record --------------------------------------------------------

    /**
     * Read once per read-only transaction (a page's), whether by its code or its id: a page names its
     * organization, its layout the user's own, often the same one.
     */
    Optional<OrganizationRow> byCode(String code) {
        return ReadOnlyAnswers.of(new RowByCode(code), () -> {
            Optional<OrganizationRow> row = jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.code = :code")
                    .param("code", code).query(TreeReader::mapRow).optional();
            row.ifPresent(found -> ReadOnlyAnswers.learn(new RowById(found.id()), row));
            return row;
        });
    }

    private record RowByCode(String code) {
    }

    private record RowById(long id) {
    }

    /** The organization with this code as other modules see it (no scope check: {@code AccessScope} asks). */
    public Optional<OrganizationRef> refByCode(String code) {
        return code == null ? Optional.empty() : byCode(code).map(OrganizationRow::ref);
    }

    /** The organization with this id as other modules see it (no scope check: {@code AccessScope} asks). */
    public Optional<OrganizationRef> refById(long id) {
        return byId(id).map(OrganizationRow::ref);
    }

    Optional<OrganizationRow> byId(long id) {
        return ReadOnlyAnswers.of(new RowById(id), () -> jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id")
                .param("id", id).query(TreeReader::mapRow).optional());
    }

    /** The organization's name on the date (its current name if it had none recorded then; "" if unknown). */
    String nameOn(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT COALESCE((SELECT n.name FROM organization_name n
                                 WHERE n.organization_id = o.id AND n.valid_from <= :date AND :date < n.valid_to),
                                o.name)
                FROM organization o WHERE o.id = :id
                """).param("id", organizationId).param("date", date).query(String.class).optional().orElse("");
    }

    /** When the current name took effect. */
    LocalDate currentNameSince(long organizationId) {
        return jdbc.sql("SELECT MAX(valid_from) FROM organization_name WHERE organization_id = :id")
                .param("id", organizationId).query(LocalDate.class).optional().orElse(LocalDate.MIN);
    }

    // --- relatives on a date (each one statement) ---------------------------------------------

    /** The organization's children on the date, higher levels first, in Vietnamese order. */
    List<OrganizationRow> childrenOn(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM organization_placement c JOIN organization o ON o.id = c.organization_id
                WHERE c.parent_id = :id AND c.valid_from <= :date AND :date < c.valid_to
                """).param("id", organizationId).param("date", date).query(TreeReader::mapRow).list().stream()
                .sorted(ROW_ORDER).toList();
    }

    /** The organization's ancestors on the date, its parent first. */
    List<OrganizationRow> ancestorsOn(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " " + ANCESTRY + " AND c.depth > 0 ORDER BY c.depth")
                .param("id", organizationId).param("date", date).query(TreeReader::mapRow).list();
    }

    /** The grassroots organization (đảng bộ or chi bộ cơ sở) of the organization on the date: itself or the nearest above. */
    Optional<OrganizationRow> grassrootsOf(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + " " + ANCESTRY
                + " AND o.type IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL') ORDER BY c.depth LIMIT 1")
                .param("id", organizationId).param("date", date).query(TreeReader::mapRow).optional();
    }

    /**
     * The bodies an admission proposed by the cell passes on the date, read with the cell's
     * whole ancestry in one statement; empty when the cell lies under no grassroots organization.
     */
    Optional<AdmissionChain> admissionChain(long cellId, LocalDate date) {
        List<OrganizationRow> line = jdbc.sql("SELECT " + COLUMNS + " " + ANCESTRY + " ORDER BY c.depth")
                .param("id", cellId).param("date", date).query(TreeReader::mapRow).list();
        Optional<OrganizationRef> partial = Optional.empty();
        for (int i = 0; i < line.size(); i++) {
            OrganizationRow body = line.get(i);
            if (body.type() == OrganizationType.PARTIAL_COMMITTEE && partial.isEmpty()) {
                partial = Optional.of(body.ref());
            }
            if (body.type().isGrassroots()) {
                boolean decidesItself = body.delegatedAdmission() || i + 1 == line.size();
                OrganizationRef authority = decidesItself ? body.ref() : line.get(i + 1).ref();
                return Optional.of(new AdmissionChain(line.get(0).ref(), partial, body.ref(), authority,
                        body.delegatedAdmission()));
            }
        }
        return Optional.empty();
    }

    // --- existence and subtrees ---------------------------------------------------------------

    /** The periods in which the organization exists (its self rows), earliest first. */
    List<DatePeriod> existence(long organizationId) {
        return jdbc.sql("""
                SELECT valid_from, valid_to FROM organization_closure
                WHERE ancestor_id = :id AND descendant_id = :id ORDER BY valid_from
                """).param("id", organizationId).query((rs, n) -> mapPeriod(rs)).list();
    }

    /** Whether {@code descendantId} lies in the subtree of {@code ancestorId} (or is it) on the date. */
    boolean isWithin(long descendantId, long ancestorId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_closure
                WHERE ancestor_id = :a AND descendant_id = :d AND valid_from <= :date AND :date < valid_to
                """)
                .param("a", ancestorId).param("d", descendantId).param("date", date)
                .query(Long.class).single() > 0;
    }

    /**
     * Whether the organization, or the one that took it over if it has ceased, lies under the
     * ancestor in the structure of the date.
     */
    public boolean isWithinThroughSuccessor(long organizationId, long ancestorId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_successor s
                JOIN organization_closure c ON c.descendant_id = s.successor_id
                WHERE s.organization_id = :id AND c.ancestor_id = :a AND c.valid_from <= :date AND :date < c.valid_to
                """)
                .param("id", organizationId).param("a", ancestorId).param("date", date)
                .query(Long.class).single() > 0;
    }

    /** Whether {@code ancestorId} is above {@code descendantId} (or is it) on some day of the period. */
    boolean isAncestorDuring(long ancestorId, long descendantId, DatePeriod period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_closure
                WHERE ancestor_id = :a AND descendant_id = :d AND valid_from < :to AND valid_to > :from
                """)
                .param("a", ancestorId).param("d", descendantId)
                .param("from", period.from()).param("to", period.to())
                .query(Long.class).single() > 0;
    }

    // --- placements over time -----------------------------------------------------------------

    List<Placement> placementsOf(long organizationId) {
        return jdbc.sql("""
                SELECT organization_id, parent_id, valid_from, valid_to FROM organization_placement
                WHERE organization_id = :id ORDER BY valid_from
                """).param("id", organizationId).query(TreeReader::mapPlacement).list();
    }

    static Placement mapPlacement(ResultSet rs, int rowNum) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Placement(rs.getLong("organization_id"), parentId, mapPeriod(rs));
    }

    /** Where the organization sat, period by period (latest first), with its parent's current record. */
    List<PlacementView> history(long organizationId) {
        return jdbc.sql("SELECT pl.valid_from, pl.valid_to, pl.parent_id AS placed_under, " + COLUMNS + """
                 FROM organization_placement pl LEFT JOIN organization o ON o.id = pl.parent_id
                WHERE pl.organization_id = :id ORDER BY pl.valid_from DESC
                """).param("id", organizationId)
                .query((rs, n) -> new PlacementView(mapPeriod(rs),
                        rs.getObject("placed_under") == null ? null : mapRow(rs, n)))
                .list();
    }

    record PlacementView(DatePeriod period, OrganizationRow parent) {
        public boolean open() {
            return period.isOpen();
        }
    }

    /**
     * Whether anything about the organization's place, or its children's, was recorded from a day
     * after the date: a restructuring dated before it would contradict that record.
     */
    boolean changedAfter(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_placement
                WHERE (organization_id = :id OR parent_id = :id) AND valid_from > :date
                """).param("id", organizationId).param("date", date).query(Long.class).single() > 0;
    }

    // --- the tree as the pages and the API list it ----------------------------------------------

    /** Organizations that head the tree on the date. */
    List<TreeNode> roots(LocalDate date) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                FROM organization_placement r JOIN organization o ON o.id = r.organization_id
                LEFT JOIN organization po ON 1 = 0
                WHERE r.parent_id IS NULL AND r.valid_from <= :date AND :date < r.valid_to
                """).param("date", date).query((rs, n) -> mapNode(rs, 0)).list();
    }

    /** Ids of the organizations that head the tree on the date. */
    public List<Long> rootIds(LocalDate date) {
        return jdbc.sql("""
                SELECT organization_id FROM organization_placement
                WHERE parent_id IS NULL AND valid_from <= :date AND :date < valid_to ORDER BY organization_id
                """).param("date", date).query(Long.class).list();
    }

    /** The organizations as lines of the tree on the date, higher levels first, in Vietnamese order. */
    List<TreeNode> nodes(Collection<Long> ids, LocalDate date) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM organization o " + PARENT_JOIN + " WHERE o.id IN (:ids)")
                .param("date", date).param("ids", ids).query((rs, n) -> mapNode(rs, 0)).list().stream()
                .sorted(TREE_ORDER).toList();
    }

    /** The children on the date as lines of the tree, higher levels first, in Vietnamese order. */
    List<TreeNode> childNodes(long parentId, LocalDate date) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + """
                FROM organization_placement c JOIN organization o ON o.id = c.organization_id
                JOIN organization po ON po.id = c.parent_id
                WHERE c.parent_id = :parent AND c.valid_from <= :date AND :date < c.valid_to
                """).param("date", date).param("parent", parentId).query((rs, n) -> mapNode(rs, 1)).list().stream()
                .sorted(TREE_ORDER).toList();
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

    /** The organization's parent on the date, as a line of the tree; empty for a root. */
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

    /** An organization of a subtree with its parent's code on the date. */
    record SubtreeRow(OrganizationRow organization, String parentCode) {
    }

    /** The whole subtree under the root on the date (the root included), parents before their children. */
    List<SubtreeRow> wholeSubtree(long rootId, LocalDate date) {
        return jdbc.sql("SELECT " + COLUMNS + ", po.code AS parent_code FROM organization_closure c "
                + "JOIN organization o ON o.id = c.descendant_id " + PARENT_JOIN + """
                WHERE c.ancestor_id = :root AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.depth, o.code
                """).param("root", rootId).param("date", date)
                .query((rs, n) -> new SubtreeRow(mapRow(rs, n), rs.getString("parent_code"))).list();
    }

    /** The organizations that exist on the date under any of the roots (the roots included), as SQL. */
    private static final String UNDER_ROOTS = """
            o.id IN (SELECT c.descendant_id FROM organization_closure c
                     WHERE c.ancestor_id IN (:roots) AND c.valid_from <= :date AND :date < c.valid_to)
            """;

    /**
     * Organizations under any of the roots whose name has a word starting with the query (without
     * accents: "tan thanh" finds "Đảng bộ phường Tân Thành"), or whose code starts with it. Both are
     * prefix searches of an index ({@code organization_search_word}, the code), so that a search of
     * the whole country stays fast.
     */
    List<TreeNode> search(Collection<Long> rootIds, String query, LocalDate date, int limit) {
        if (rootIds.isEmpty() || SearchText.fold(query).isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM organization o " + PARENT_JOIN + "WHERE " + UNDER_ROOTS + """
                  AND o.id IN (SELECT w.organization_id FROM organization_search_word w WHERE w.suffix LIKE :words ESCAPE '\\'
                               UNION SELECT k.id FROM organization k WHERE k.code LIKE :code ESCAPE '\\')
                ORDER BY o.search_name, o.code
                LIMIT :limit
                """)
                .param("roots", rootIds).param("date", date).param("words", SearchText.prefixPattern(query))
                .param("code", codePrefix(query)).param("limit", limit)
                .query((rs, n) -> mapNode(rs, 0)).list();
    }

    private static String codePrefix(String query) {
        String code = query.strip().toUpperCase(Locale.ROOT);
        return code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The organizations under the roots that what a person typed in an organization field names:
     * the one with that code; else those with exactly that name (without accents); else those with a
     * word starting with it ({@link #search}). At most {@code limit}.
     */
    public List<Long> named(Collection<Long> rootIds, String typed, LocalDate date, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (rootIds.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<Long> byCode = jdbc.sql("SELECT o.id FROM organization o WHERE o.code = :code AND " + UNDER_ROOTS)
                .param("code", text.toUpperCase(Locale.ROOT)).param("roots", rootIds).param("date", date)
                .query(Long.class).list();
        if (!byCode.isEmpty()) {
            return byCode;
        }
        List<Long> byName = jdbc.sql("SELECT o.id FROM organization o WHERE o.search_name = :name AND " + UNDER_ROOTS
                        + " ORDER BY o.code LIMIT :limit")
                .param("name", SearchText.fold(text)).param("roots", rootIds).param("date", date).param("limit", limit)
                .query(Long.class).list();
        if (!byName.isEmpty()) {
            return byName;
        }
        return search(rootIds, text, date, limit).stream().map(TreeNode::id).toList();
    }

    /** An organization's code and name, and its parent's name on the date (null for a root or an ended one). */
    record NameWithParent(String code, String name, String parentName) {
    }

    /** Each organization's code, name and parent's name on the date, in one query. */
    Map<Long, NameWithParent> namesWithParents(Collection<Long> ids, LocalDate date) {
        Map<Long, NameWithParent> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT o.id, o.code, o.name, po.name AS parent_name FROM organization o " + PARENT_JOIN
                        + "WHERE o.id IN (:ids)")
                .param("ids", ids).param("date", date)
                .query(rs -> {
                    names.put(rs.getLong("id"), new NameWithParent(rs.getString("code"), rs.getString("name"),
                            rs.getString("parent_name")));
                });
        return names;
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
