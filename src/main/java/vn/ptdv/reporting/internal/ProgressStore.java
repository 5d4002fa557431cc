package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.database.PlannedWithValues;

/**
 * SQL of the progress report: admissions decided and dossiers awaiting a decision, over the
 * published views, credited to the organization each cell's history belongs to today.
 *
 * <p>Each question is one statement in one of two shapes, both with estimates the planner can
 * trust (no grouping over a union, whose groups it cannot count). For the whole Party every
 * decision of the period is read: the sources are put together first and joined to the tree
 * once, by hashing. Below it, each source is joined to the asked subtree's cells on its own, so
 * that a province's decisions are read cell by cell through an index, not picked out of the
 * whole country's.
 */
@Repository
class ProgressStore {
    private final JdbcClient jdbc;
    private final PlannedWithValues planned;
    private final TallyFigures tallies;

    ProgressStore(JdbcClient jdbc, PlannedWithValues planned, TallyFigures tallies) {
        this.jdbc = jdbc;
        this.planned = planned;
        this.tallies = tallies;
    }

    /** Admissions decided in the period up to the as-of date, in the last year, and dossiers awaiting a decision. */
    record Counts(long admitted, long recent, long pending) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** A period whose admissions are counted, from its first day up to its last or the as-of date. */
    record Window(LocalDate from, LocalDate to) {
    }

    /** {@link #counts(OrganizationRef, List, List, LocalDate, LocalDate)} of one period. */
    Map<Long, Counts> counts(OrganizationRef root, List<Long> ids, LocalDate from, LocalDate to, LocalDate asOf,
            LocalDate today) {
        Map<Long, Counts> counts = new HashMap<>();
        counts(root, ids, List.of(new Window(from, to)), asOf, today).forEach((id, c) -> counts.put(id, c.get(0)));
        return counts;
    }

    /**
     * Counts of the root and of its children on {@code today} ({@code ids}: the children and the
     * root), one for each period of {@code windows} in their order, from one pass over the
     * decisions. Each cell is credited to the one child whose subtree holds its successor (or to
     * the root if that is the root itself); the root's counts are the sum of all.
     */
    Map<Long, List<Counts>> counts(OrganizationRef root, List<Long> ids, List<Window> windows, LocalDate asOf,
            LocalDate today) {
        planned.forThisTransaction();
        LocalDate recentFrom = asOf.minusDays(ProgressReports.RECENT_DAYS - 1L);
        LocalDate lowest = recentFrom;
        // The whole Party's and a province's counts come from the tallies by child: the same sums.
        OptionalInt tier = tallies.tierFor(root, today);
        boolean tallied = tier.isPresent();
        String admittedSum = tallied
                ? "SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= :from%1$d AND t.dated <= :upTo%1$d "
                        + "THEN t.n ELSE 0 END) "
                : "SUM(CASE WHEN r.decision_date >= :from%1$d AND r.decision_date <= :upTo%1$d THEN 1 ELSE 0 END) ";
        StringBuilder admitted = new StringBuilder();
        for (int i = 0; i < windows.size(); i++) {
            lowest = windows.get(i).from().isBefore(lowest) ? windows.get(i).from() : lowest;
            admitted.append((admittedSum + "AS admitted%1$d, ").formatted(i));
        }
        String sql = tallied ? TallyFigures.progressSql(admitted.toString())
                : "SELECT r.organization_id, " + admitted + """
                       SUM(CASE WHEN r.decision_date >= :recentFrom THEN 1 ELSE 0 END) AS recent,
                       SUM(r.pending) AS pending
                FROM (%s) r
                GROUP BY r.organization_id
                """.formatted(credited(root, CHILDREN, true));
        var statement = jdbc.sql(sql).param("tier", tier.orElse(0)).param("root", root.id()).param("ids", ids)
                .param("today", today).param("lowest", lowest).param("asOf", asOf).param("recentFrom", recentFrom);
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            statement = statement.param("from" + i, w.from()).param("upTo" + i, asOf.isBefore(w.to()) ? asOf : w.to());
        }
        Map<Long, List<Counts>> byChild = new HashMap<>();
        long[] total = new long[windows.size() + 2];
        statement.query(rs -> {
            long recent = rs.getLong("recent");
            long pending = rs.getLong("pending");
            List<Counts> each = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                long n = rs.getLong("admitted" + i);
                each.add(new Counts(n, recent, pending));
                total[i] += n;
            }
            total[windows.size()] += recent;
            total[windows.size() + 1] += pending;
            byChild.put(rs.getLong("organization_id"), each);
        });
        List<Counts> rootCounts = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            rootCounts.add(new Counts(total[i], total[windows.size()], total[windows.size() + 1]));
        }
        Map<Long, List<Counts>> counts = new HashMap<>(byChild);
        counts.put(root.id(), rootCounts);
        return counts;
    }

    /** The closure rows that credit a cell to one of the root's children, or to the root if it is the root. */
    private static final String CHILDREN = "s.ancestor_id IN (:ids) AND (s.ancestor_id <> :root OR s.descendant_id = :root)";
    /** The closure rows that credit a cell to the root. */
    private static final String ROOT = "s.ancestor_id = :root";

    /**
     * SQL of the decisions from {@code :lowest} to {@code :asOf} (and, if asked, the dossiers
     * awaiting a decision, with {@code pending} 1) of the cells whose successor lies on
     * {@code :today} in a subtree the {@code credit} condition on the closure {@code s} picks:
     * rows of {@code organization_id} (the subtree's top), {@code decision_date} and {@code pending}.
     */
    private static String credited(OrganizationRef root, String credit, boolean pending) {
        String today = "s.valid_from <= :today AND :today < s.valid_to";
        String decided = "f.decision_date >= :lowest AND f.decision_date <= :asOf";
        if (root.type() == OrganizationType.CENTRAL) {
            return """
                    SELECT s.ancestor_id AS organization_id, p.decision_date, p.pending
                    FROM (SELECT f.cell_id, f.decision_date, 0 AS pending FROM admission_record f WHERE %s
                          %s) p
                    JOIN organization_lineage l ON l.organization_id = p.cell_id
                    JOIN organization_subtree s ON s.descendant_id = l.successor_id
                    WHERE %s AND %s
                    """.formatted(decided, pending ? """
                    UNION ALL
                          SELECT f.cell_id, NULL, 1 FROM admission_fact f WHERE f.state = 'PROPOSED'""" : "",
                    credit, today);
        }
        String cells = """
                FROM organization_subtree s
                JOIN organization_lineage l ON l.successor_id = s.descendant_id
                JOIN %s f ON f.cell_id = l.organization_id
                WHERE %s AND %s AND %s
                """;
        List<String> sources = new ArrayList<>();
        for (String source : List.of("admission_record_member", "admission_record_dossier")) {
            sources.add("SELECT s.ancestor_id AS organization_id, f.decision_date, 0 AS pending "
                    + cells.formatted(source, credit, today, decided));
        }
        if (pending) {
            sources.add("SELECT s.ancestor_id, NULL, 1 "
                    + cells.formatted("admission_fact", credit, today, "f.state = 'PROPOSED'"));
        }
        return String.join("UNION ALL\n", sources);
    }

    /**
     * The decisions of the period credited to the organization (cells of its subtree by today's
     * structure, as {@link #counts} credits them), by year and month: "year*100 + month" → count.
     */
    Map<Integer, Long> byMonth(OrganizationRef root, LocalDate from, LocalDate upTo, LocalDate today) {
        planned.forThisTransaction();
        Map<Integer, Long> months = new HashMap<>();
        OptionalInt tier = tallies.tierFor(root, today);
        String sql = tier.isPresent() ? TallyFigures.byMonthSql() : """
                SELECT EXTRACT(YEAR FROM r.decision_date) AS y, EXTRACT(MONTH FROM r.decision_date) AS m,
                       COUNT(*) AS admitted
                FROM (%s) r
                GROUP BY EXTRACT(YEAR FROM r.decision_date), EXTRACT(MONTH FROM r.decision_date)
                """.formatted(credited(root, ROOT, false));
        jdbc.sql(sql)
                .param("tier", tier.orElse(0)).param("root", root.id()).param("lowest", from).param("asOf", upTo)
                .param("today", today)
                .query(rs -> {
                    months.put(rs.getInt("y") * 100 + rs.getInt("m"), rs.getLong("admitted"));
                });
        return months;
    }
}
