package vn.ptdv.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.SearchText;

/** SQL of the organization tree: records, placements and the closure derived from them. */
@Repository
class OrganizationStore {
    static final String COLUMNS = "o.id, o.code, o.name, o.type, o.cell_kind, o.established_on, o.ended_on, "
            + "o.version, o.updated_at, o.updated_by, o.delegated_admission";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    OrganizationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static OrganizationRow map(ResultSet rs, int rowNum) throws SQLException {
        String kind = rs.getString("cell_kind");
        return new OrganizationRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                OrganizationType.valueOf(rs.getString("type")), kind == null ? null : CellKind.valueOf(kind),
                rs.getObject("established_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getBoolean("delegated_admission"));
    }

    /** Serializes changes of the tree's structure across transactions and instances. */
    void lockTree() {
        jdbc.sql("SELECT id FROM organization_tree_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    Optional<OrganizationRow> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.code = :code")
                .param("code", code).query(OrganizationStore::map).optional();
    }

    Optional<OrganizationRow> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization o WHERE o.id = :id")
                .param("id", id).query(OrganizationStore::map).optional();
    }

    long insert(String code, String name, OrganizationType type, CellKind cellKind, LocalDate establishedOn,
            OffsetDateTime now, String username) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO organization (code, name, search_name, type, cell_kind, established_on, version,
                                          created_at, created_by, updated_at, updated_by)
                VALUES (:code, :name, :searchName, :type, :cellKind, :establishedOn, 0, :now, :user, :now, :user)
                """)
                .param("code", code)
                .param("name", name)
                .param("searchName", SearchText.fold(name))
                .param("type", type.name())
                .param("cellKind", cellKind == null ? null : cellKind.name())
                .param("establishedOn", establishedOn)
                .param("now", now)
                .param("user", username)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates the record if nobody changed it since {@code version}; false when somebody did. */
    boolean updateDetails(long id, int version, String name, OrganizationType type, CellKind cellKind,
            boolean delegatedAdmission, OffsetDateTime now, String username) {
        return jdbc.sql("""
                UPDATE organization SET name = :name, search_name = :searchName, type = :type, cell_kind = :cellKind,
                       delegated_admission = :delegated, version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """)
                .param("name", name)
                .param("searchName", SearchText.fold(name))
                .param("type", type.name())
                .param("cellKind", cellKind == null ? null : cellKind.name())
                .param("delegated", delegatedAdmission)
                .param("now", now)
                .param("user", username)
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    /** Marks a structural change on the record (a move), checking the version like any edit. */
    boolean touch(long id, int version, OffsetDateTime now, String username) {
        return jdbc.sql("""
                UPDATE organization SET version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """)
                .param("now", now).param("user", username).param("id", id).param("version", version)
                .update() == 1;
    }

    // --- placements -------------------------------------------------------------------------

    List<Placement> placementsOf(long organizationId) {
        return jdbc.sql("""
                SELECT organization_id, parent_id, valid_from, valid_to FROM organization_placement
                WHERE organization_id = :id ORDER BY valid_from
                """).param("id", organizationId).query(OrganizationStore::mapPlacement).list();
    }

    /** Placements of the organization and of everything that was ever under it. */
    Map<Long, List<Placement>> placementsOfSubtreeEver(long rootId) {
        Map<Long, List<Placement>> result = new HashMap<>();
        jdbc.sql("""
                SELECT p.organization_id, p.parent_id, p.valid_from, p.valid_to FROM organization_placement p
                WHERE p.organization_id IN (SELECT c.descendant_id FROM organization_closure c WHERE c.ancestor_id = :root)
                   OR p.organization_id = :root
                ORDER BY p.organization_id, p.valid_from
                """).param("root", rootId).query(OrganizationStore::mapPlacement).list()
                .forEach(p -> result.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p));
        return result;
    }

    void insertPlacement(Placement placement) {
        jdbc.sql("""
                INSERT INTO organization_placement (organization_id, valid_from, valid_to, parent_id)
                VALUES (:id, :from, :to, :parent)
                """)
                .param("id", placement.organizationId())
                .param("from", placement.period().from())
                .param("to", placement.period().to())
                .param("parent", placement.parentId())
                .update();
    }

    void deletePlacements(long organizationId) {
        jdbc.sql("DELETE FROM organization_placement WHERE organization_id = :id").param("id", organizationId).update();
    }

    private static Placement mapPlacement(ResultSet rs, int rowNum) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Placement(rs.getLong("organization_id"), parentId,
                new DatePeriod(rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)));
    }

    // --- closure ----------------------------------------------------------------------------

    List<ClosureRow> closureRowsOf(long descendantId) {
        return jdbc.sql("""
                SELECT ancestor_id, descendant_id, depth, valid_from, valid_to FROM organization_closure
                WHERE descendant_id = :id
                """).param("id", descendantId).query((rs, n) -> new ClosureRow(rs.getLong("ancestor_id"),
                        rs.getLong("descendant_id"), rs.getInt("depth"),
                        new DatePeriod(rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class)))).list();
    }

    /** The organization and everything that was ever under it. */
    Set<Long> subtreeEver(long rootId) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(rootId);
        ids.addAll(jdbc.sql("SELECT DISTINCT descendant_id FROM organization_closure WHERE ancestor_id = :root")
                .param("root", rootId).query(Long.class).list());
        return ids;
    }

    void replaceClosure(Collection<Long> descendantIds, List<ClosureRow> rows) {
        template.batchUpdate("DELETE FROM organization_closure WHERE descendant_id = ?",
                descendantIds.stream().map(id -> new Object[] {id}).toList());
        template.batchUpdate("""
                INSERT INTO organization_closure (ancestor_id, descendant_id, valid_from, valid_to, depth)
                VALUES (?, ?, ?, ?, ?)
                """, rows.stream().map(r -> new Object[] {r.ancestorId(), r.descendantId(), r.period().from(),
                        r.period().to(), r.depth()}).toList());
    }

    /** Whether {@code ancestorId} is above {@code descendantId} (or is it) at some day of the period. */
    boolean isAncestorDuring(long ancestorId, long descendantId, DatePeriod period) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_closure
                WHERE ancestor_id = :a AND descendant_id = :d AND valid_from < :to AND valid_to > :from
                """)
                .param("a", ancestorId).param("d", descendantId)
                .param("from", period.from()).param("to", period.to())
                .query(Long.class).single() > 0;
    }

    boolean isWithin(long descendantId, long ancestorId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_closure
                WHERE ancestor_id = :a AND descendant_id = :d AND valid_from <= :date AND :date < valid_to
                """)
                .param("a", ancestorId).param("d", descendantId).param("date", date)
                .query(Long.class).single() > 0;
    }

    boolean isWithinThroughSuccessor(long organizationId, long ancestorId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_successor s
                JOIN organization_closure c ON c.descendant_id = s.successor_id
                WHERE s.organization_id = :id AND c.ancestor_id = :a AND c.valid_from <= :date AND :date < c.valid_to
                """)
                .param("id", organizationId).param("a", ancestorId).param("date", date)
                .query(Long.class).single() > 0;
    }

    /** The periods in which the organization exists (its self rows). */
    List<DatePeriod> existence(long organizationId) {
        return jdbc.sql("""
                SELECT valid_from, valid_to FROM organization_closure
                WHERE ancestor_id = :id AND descendant_id = :id ORDER BY valid_from
                """).param("id", organizationId)
                .query((rs, n) -> new DatePeriod(rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class))).list();
    }
}
