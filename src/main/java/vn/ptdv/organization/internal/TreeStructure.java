package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.shared.SearchText;

/**
 * The mechanics of the tree's structure over time: placements, the closure derived from them,
 * names over time and the successor that carries an ended organization's history. Callers
 * validate first and hold the tree lock ({@link #lock()}) while they change anything here.
 */
@Component
class TreeStructure {
    private final OrganizationStore store;
    private final JdbcClient jdbc;

    TreeStructure(OrganizationStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Serializes structural changes across transactions and application instances. */
    void lock() {
        store.lockTree();
    }

    /** A new organization's first placement, name period and lineage. */
    void establish(long organizationId, Long parentId, LocalDate from, String name) {
        store.insertPlacement(new Placement(organizationId, parentId, DatePeriod.startingOn(from)));
        jdbc.sql("""
                INSERT INTO organization_name (organization_id, valid_from, valid_to, name)
                VALUES (:id, :from, :to, :name)
                """).param("id", organizationId).param("from", from).param("to", DatePeriod.OPEN_END)
                .param("name", name).update();
        jdbc.sql("INSERT INTO organization_successor (organization_id, successor_id) VALUES (:id, :id)")
                .param("id", organizationId).update();
        rebuild(organizationId);
    }

    /** From the effective date until the next recorded change, the organization sits under the new parent. */
    void move(long organizationId, long parentId, LocalDate effective) {
        List<Placement> updated = new ArrayList<>();
        for (Placement p : store.placementsOf(organizationId)) {
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
        rebuild(organizationId);
    }

    /** The organization ceases on the date (the date is its first day of not existing). */
    void end(long organizationId, LocalDate date) {
        List<Placement> updated = new ArrayList<>();
        for (Placement p : store.placementsOf(organizationId)) {
            if (!p.period().from().isBefore(date)) {
                continue;
            }
            updated.add(p.period().to().isAfter(date)
                    ? new Placement(organizationId, p.parentId(), new DatePeriod(p.period().from(), date)) : p);
        }
        replacePlacements(organizationId, updated);
        jdbc.sql("UPDATE organization SET ended_on = :date WHERE id = :id").param("date", date)
                .param("id", organizationId).update();
        rebuild(organizationId);
    }

    /** Today's structure carries the ended organization's history (and what it carried) in the successor. */
    void passHistoryTo(long endedId, long successorId) {
        jdbc.sql("UPDATE organization_successor SET successor_id = :successor WHERE successor_id = :ended")
                .param("successor", successorId).param("ended", endedId).update();
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
    }

    /** Corrects the current name (a typo), without recording a change of name. */
    void correctCurrentName(long organizationId, String name) {
        jdbc.sql("UPDATE organization_name SET name = :name WHERE organization_id = :id AND valid_to = :open")
                .param("name", name).param("id", organizationId).param("open", DatePeriod.OPEN_END).update();
    }

    /** When the current name took effect. */
    LocalDate currentNameSince(long organizationId) {
        return jdbc.sql("SELECT MAX(valid_from) FROM organization_name WHERE organization_id = :id")
                .param("id", organizationId).query(LocalDate.class).optional().orElse(LocalDate.MIN);
    }

    /** The organization's children on the date. */
    List<Long> childrenOn(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT organization_id FROM organization_placement
                WHERE parent_id = :id AND valid_from <= :date AND :date < valid_to ORDER BY organization_id
                """).param("id", organizationId).param("date", date).query(Long.class).list();
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

    /** Recomputes the closure of the organization and of everything that was ever under it. */
    void rebuild(long organizationId) {
        Set<Long> affected = store.subtreeEver(organizationId);
        Map<Long, List<Placement>> placements = store.placementsOfSubtreeEver(organizationId);
        ClosureCalculator calculator = new ClosureCalculator(affected,
                id -> placements.getOrDefault(id, List.of()), store::closureRowsOf);
        store.replaceClosure(affected, calculator.computeAll());
    }

    private void replacePlacements(long organizationId, List<Placement> placements) {
        store.deletePlacements(organizationId);
        joinAdjacent(placements).forEach(store::insertPlacement);
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
}
