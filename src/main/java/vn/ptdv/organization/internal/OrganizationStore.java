package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.TreeChanged;
import vn.ptdv.shared.ReportedFactsChanged;
import vn.ptdv.shared.SearchText;

/**
 * Writes the organization tree: records, placements over time, names over time, the successor
 * that carries an ended organization's history, and the closure derived from the placements.
 * Callers check first and hold the tree lock ({@link #lockTree()}) while they change the
 * structure; every question about the tree is asked of {@link TreeReader}.
 */
@Repository
class OrganizationStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TreeReader reader;
    private final ApplicationEventPublisher events;

    OrganizationStore(JdbcClient jdbc, JdbcTemplate template, TreeReader reader, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.template = template;
        this.reader = reader;
        this.events = events;
    }

    /** Serializes changes of the tree's structure across transactions and instances. */
    void lockTree() {
        jdbc.sql("SELECT id FROM organization_tree_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
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
        long id = keys.getKey().longValue();
        indexName(id, name);
        return id;
    }

    /** Keeps the word-prefix search of the name ({@code organization_search_word}) with the name. */
    private void indexName(long organizationId, String name) {
        jdbc.sql("DELETE FROM organization_search_word WHERE organization_id = :id").param("id", organizationId).update();
        for (String suffix : SearchText.wordSuffixes(name)) {
            jdbc.sql("INSERT INTO organization_search_word (suffix, organization_id) VALUES (:suffix, :id)")
                    .param("suffix", suffix).param("id", organizationId).update();
        }
    }

    /** Updates the record if nobody changed it since {@code version}; false when somebody did. */
    boolean updateDetails(long id, int version, String name, OrganizationType type, CellKind cellKind,
            boolean delegatedAdmission, OffsetDateTime now, String username) {
        String typeBefore = jdbc.sql("SELECT type FROM organization WHERE id = :id").param("id", id).query(String.class)
                .single();
        boolean updated = jdbc.sql("""
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
        if (updated) {
            indexName(id, name);
            String central = OrganizationType.CENTRAL.name();
            if (typeBefore.equals(central) != (type == OrganizationType.CENTRAL)) {
                // Becoming (or ceasing to be) the whole Party places everything under it anew.
                events.publishEvent(new TreeChanged(List.of(id)));
            } else if (!typeBefore.equals(type.name())) {
                // Whether it is a cell is something the reports count of it.
                events.publishEvent(ReportedFactsChanged.of(id));
            }
        }
        return updated;
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

    // --- the structure over time ---------------------------------------------------------------

    /** A new organization's first placement, name period and lineage. */
    void establish(long organizationId, Long parentId, LocalDate from, String name) {
        insertPlacement(new Placement(organizationId, parentId, DatePeriod.startingOn(from)));
        jdbc.sql("""
                INSERT INTO organization_name (organization_id, valid_from, valid_to, name)
                VALUES (:id, :from, :to, :name)
                """).param("id", organizationId).param("from", from).param("to", DatePeriod.OPEN_END)
                .param("name", name).update();
        jdbc.sql("INSERT INTO organization_successor (organization_id, successor_id) VALUES (:id, :id)")
                .param("id", organizationId).update();
        rebuildClosure(organizationId);
        events.publishEvent(new TreeChanged(List.of(organizationId)));
    }

    /** From the effective date until the next recorded change, the organization sits under the new parent. */
    void move(long organizationId, long parentId, LocalDate effective) {
        List<Placement> updated = new ArrayList<>();
        for (Placement p : reader.placementsOf(organizationId)) {
            if (!p.period().contains(effective)) {
                updated.add(p);
                continue;
            }
            if (p.period().from().isBefore(effective)) {
                updated.add(new Placement(organizationId, p.parentId(), new DatePeriod(p.period().from(), effective)));
            }
            updated.add(new Placement(organizationId, parentId, new DatePeriod(effective, p.period().to())));
        }
        replacePlacements(organizationId, updated);
        rebuildClosure(organizationId);
        events.publishEvent(new TreeChanged(List.of(organizationId)));
    }

    /** The organization ceases on the date (the date is its first day of not existing). */
    void end(long organizationId, LocalDate date) {
        List<Placement> updated = new ArrayList<>();
        for (Placement p : reader.placementsOf(organizationId)) {
            if (!p.period().from().isBefore(date)) {
                continue;
            }
            updated.add(p.period().to().isAfter(date)
                    ? new Placement(organizationId, p.parentId(), new DatePeriod(p.period().from(), date)) : p);
        }
        replacePlacements(organizationId, updated);
        jdbc.sql("UPDATE organization SET ended_on = :date WHERE id = :id").param("date", date)
                .param("id", organizationId).update();
        rebuildClosure(organizationId);
        events.publishEvent(new TreeChanged(List.of(organizationId)));
    }

    /** Today's structure carries the ended organization's history (and what it carried) in the successor. */
    void passHistoryTo(long endedId, long successorId) {
        jdbc.sql("UPDATE organization_successor SET successor_id = :successor WHERE successor_id = :ended")
                .param("successor", successorId).param("ended", endedId).update();
        events.publishEvent(new TreeChanged(List.of(endedId, successorId)));
    }

    /** A new name from the date; the name before it stays the name of the days before. */
    void rename(long organizationId, String name, LocalDate effective) {
        jdbc.sql("DELETE FROM organization_name WHERE organization_id = :id AND valid_from >= :date")
                .param("id", organizationId).param("date", effective).update();
        jdbc.sql("UPDATE organization_name SET valid_to = :date WHERE organization_id = :id AND valid_to > :date")
                .param("id", organizationId).param("date", effective).update();
        jdbc.sql("""
                INSERT INTO organization_name (organization_id, valid_from, valid_to, name)
                VALUES (:id, :from, :to, :name)
                """).param("id", organizationId).param("from", effective).param("to", DatePeriod.OPEN_END)
                .param("name", name).update();
        jdbc.sql("UPDATE organization SET name = :name, search_name = :search WHERE id = :id")
                .param("name", name).param("search", SearchText.fold(name)).param("id", organizationId).update();
        indexName(organizationId, name);
    }

    /** Corrects the current name (a typo), without recording a change of name. */
    void correctCurrentName(long organizationId, String name) {
        jdbc.sql("UPDATE organization_name SET name = :name WHERE organization_id = :id AND valid_to = :open")
                .param("name", name).param("id", organizationId).param("open", DatePeriod.OPEN_END).update();
    }

    private void insertPlacement(Placement placement) {
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

    private void replacePlacements(long organizationId, List<Placement> placements) {
        jdbc.sql("DELETE FROM organization_placement WHERE organization_id = :id").param("id", organizationId).update();
        joinAdjacent(placements).forEach(this::insertPlacement);
    }

    static List<Placement> joinAdjacent(List<Placement> placements) {
        List<Placement> joined = new ArrayList<>();
        for (Placement p : placements) {
            Placement last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && Objects.equals(last.parentId(), p.parentId())
                    && last.period().to().equals(p.period().from())) {
                joined.set(joined.size() - 1, new Placement(p.organizationId(), p.parentId(),
                        new DatePeriod(last.period().from(), p.period().to())));
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    // --- the closure, derived from the placements ----------------------------------------------

    /** Recomputes the closure of the organization and of everything that was ever under it. */
    private void rebuildClosure(long organizationId) {
        Set<Long> affected = subtreeEver(organizationId);
        Map<Long, List<Placement>> placements = placementsOfSubtreeEver(organizationId);
        ClosureCalculator calculator = new ClosureCalculator(affected,
                id -> placements.getOrDefault(id, List.of()), this::closureRowsOf);
        template.batchUpdate("DELETE FROM organization_closure WHERE descendant_id = ?",
                affected.stream().map(id -> new Object[] {id}).toList());
        template.batchUpdate("""
                INSERT INTO organization_closure (ancestor_id, descendant_id, valid_from, valid_to, depth)
                VALUES (?, ?, ?, ?, ?)
                """, calculator.computeAll().stream().map(r -> new Object[] {r.ancestorId(), r.descendantId(),
                        r.period().from(), r.period().to(), r.depth()}).toList());
    }

    /** The organization and everything that was ever under it: what a rebuild recomputes. */
    private Set<Long> subtreeEver(long rootId) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(rootId);
        ids.addAll(jdbc.sql("SELECT DISTINCT descendant_id FROM organization_closure WHERE ancestor_id = :root")
                .param("root", rootId).query(Long.class).list());
        return ids;
    }

    /** Placements of the organization and of everything that was ever under it, in one statement. */
    private Map<Long, List<Placement>> placementsOfSubtreeEver(long rootId) {
        Map<Long, List<Placement>> result = new HashMap<>();
        jdbc.sql("""
                SELECT p.organization_id, p.parent_id, p.valid_from, p.valid_to FROM organization_placement p
                WHERE p.organization_id IN (SELECT c.descendant_id FROM organization_closure c WHERE c.ancestor_id = :root)
                   OR p.organization_id = :root
                ORDER BY p.organization_id, p.valid_from
                """).param("root", rootId).query(TreeReader::mapPlacement).list()
                .forEach(p -> result.computeIfAbsent(p.organizationId(), k -> new ArrayList<>()).add(p));
        return result;
    }

    /** The stored rows of an ancestor outside the rebuilt part, which the rebuild builds on. */
    private List<ClosureRow> closureRowsOf(long descendantId) {
        return jdbc.sql("""
                SELECT ancestor_id, descendant_id, depth, valid_from, valid_to FROM organization_closure
                WHERE descendant_id = :id
                """).param("id", descendantId).query((rs, n) -> new ClosureRow(rs.getLong("ancestor_id"),
                        rs.getLong("descendant_id"), rs.getInt("depth"),
                        new DatePeriod(rs.getObject("valid_from", LocalDate.class),
                                rs.getObject("valid_to", LocalDate.class)))).list();
    }
}
