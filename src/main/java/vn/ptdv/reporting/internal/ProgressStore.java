package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;

/** SQL of the progress report: admissions decided and dossiers awaiting a decision, over the published views. */
@Repository
class ProgressStore {
    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Admissions decided in the period up to the as-of date, in the last year, and dossiers awaiting a decision. */
    record Counts(long admitted, long recent, long pending) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    /**
     * Counts per organization of {@code ids} (each a subtree by today's structure): decisions are
     * first added up per cell of the asked organization's subtree, then the cells' sums are
     * credited to the organizations above them — at national scale that is one pass over the
     * period's decisions, not one per organization.
     */
    Map<Long, Counts> counts(OrganizationRef root, List<Long> ids, LocalDate from, LocalDate to, LocalDate asOf,
            LocalDate today) {
        // Below the whole Party, only the decisions of the asked subtree's cells are read; for the
        // whole Party every decision of the period is, and restricting would only cost.
        String inScope = root.type() == OrganizationType.CENTRAL ? ""
                : "AND f.cell_id IN (SELECT cell_id FROM scope_cells)";
        LocalDate upTo = asOf.isBefore(to) ? asOf : to;
        LocalDate recentFrom = asOf.minusDays(ProgressReports.RECENT_DAYS - 1L);
        LocalDate lowest = from.isBefore(recentFrom) ? from : recentFrom;
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("""
                WITH scope_cells AS (
                    SELECT l.organization_id AS cell_id FROM organization_lineage l
                    JOIN organization_subtree s ON s.descendant_id = l.successor_id
                    WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to
                ), per_cell AS (
                    SELECT x.cell_id, SUM(x.admitted) AS admitted, SUM(x.recent) AS recent, SUM(x.pending) AS pending
                    FROM (
                        SELECT f.cell_id,
                               CASE WHEN f.decision_date >= :from AND f.decision_date <= :upTo THEN 1 ELSE 0 END
                                   AS admitted,
                               CASE WHEN f.decision_date >= :recentFrom THEN 1 ELSE 0 END AS recent,
                               0 AS pending
                        FROM admission_record f
                        WHERE f.decision_date >= :lowest AND f.decision_date <= :asOf %1$s
                        UNION ALL
                        SELECT f.cell_id, 0, 0, 1 FROM admission_fact f
                        WHERE f.state = 'PROPOSED' %1$s
                    ) x
                    GROUP BY x.cell_id
                )
                SELECT s.ancestor_id, SUM(p.admitted) AS admitted, SUM(p.recent) AS recent, SUM(p.pending) AS pending
                FROM per_cell p
                JOIN organization_lineage l ON l.organization_id = p.cell_id
                JOIN organization_subtree s ON s.descendant_id = l.successor_id
                WHERE s.ancestor_id IN (:ids) AND s.valid_from <= :today AND :today < s.valid_to
                GROUP BY s.ancestor_id
                """.formatted(inScope))
                .param("root", root.id()).param("ids", ids).param("from", from).param("upTo", upTo)
                .param("recentFrom", recentFrom).param("asOf", asOf).param("today", today).param("lowest", lowest)
                .query(rs -> {
                    counts.put(rs.getLong("ancestor_id"), new Counts(rs.getLong("admitted"), rs.getLong("recent"),
                            rs.getLong("pending")));
                });
        return counts;
    }

    /**
     * The decisions of the period credited to the organization (cells of its subtree by today's
     * structure, as {@link #counts} credits them), by year and month: "year*100 + month" → count.
     */
    Map<Integer, Long> byMonth(OrganizationRef root, LocalDate from, LocalDate upTo, LocalDate today) {
        String inScope = root.type() == OrganizationType.CENTRAL ? "" : """
                AND f.cell_id IN (SELECT l.organization_id FROM organization_lineage l
                    JOIN organization_subtree s ON s.descendant_id = l.successor_id
                    WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to)""";
        Map<Integer, Long> months = new HashMap<>();
        jdbc.sql("""
                SELECT EXTRACT(YEAR FROM f.decision_date) AS y, EXTRACT(MONTH FROM f.decision_date) AS m,
                       COUNT(*) AS admitted
                FROM admission_record f
                WHERE f.decision_date >= :from AND f.decision_date <= :upTo %s
                GROUP BY EXTRACT(YEAR FROM f.decision_date), EXTRACT(MONTH FROM f.decision_date)
                """.formatted(inScope))
                .param("root", root.id()).param("from", from).param("upTo", upTo).param("today", today)
                .query(rs -> {
                    months.put(rs.getInt("y") * 100 + rs.getInt("m"), rs.getLong("admitted"));
                });
        return months;
    }
}
