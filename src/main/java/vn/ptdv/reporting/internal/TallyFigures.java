package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.database.ReadOnlyAnswers;

/**
 * The figures of the whole Party and of a province read from the tallies ({@link ReportTallies})
 * instead of from every fact under them: the same numbers as the live queries (tested side by
 * side), from a few thousand rows. They answer for a national organization (tier 1: by its
 * children) and for its children (tier 2: by theirs), once the tallies are built; otherwise the
 * caller asks the live query.
 */
@Component
class TallyFigures {
    /** The tops of the organization: itself and its children today. */
    private static final String TOPS = """
            (SELECT s.descendant_id FROM organization_subtree s
             WHERE s.ancestor_id = :root AND s.depth <= 1 AND s.valid_from <= :today AND :today < s.valid_to)
            """;
    /**
     * Rows of a long list (the stagnant cells of the country: 145,000) are fetched this many at a
     * time, each turned into its record as it comes, instead of the driver holding them all first.
     */
    static final int STREAMED_ROWS = 1000;
    private final JdbcClient jdbc;
    private final OrganizationDirectory organizations;

    TallyFigures(JdbcClient jdbc, OrganizationDirectory organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /**
     * The tops of the organization, itself and its children today, as a list: the database then
     * reads each top's rows of a kind and period through the key, not all rows to pick them out.
     */
    private List<Long> tops(OrganizationRef root, LocalDate today) {
        return ReadOnlyAnswers.of(new Tops(root.id(), today), () -> {
            List<Long> ids = new ArrayList<>(organizations.childrenOn(root.id(), today).stream()
                    .map(OrganizationRef::id).toList());
            ids.add(root.id());
            return List.copyOf(ids);
        });
    }

    private record Tops(long rootId, LocalDate today) {
    }

    /**
     * The tier whose tallies answer for this organization: 1 for a national organization, 2 for
     * one of its children today; none elsewhere or before the tallies are built.
     */
    OptionalInt tierFor(OrganizationRef organization, LocalDate today) {
        // A page asks it for each of its figures: answered once per read-only transaction.
        return ReadOnlyAnswers.of(new Tier(organization.id(), today), () -> tierOf(organization, today));
    }

    private record Tier(long organizationId, LocalDate today) {
    }

    private OptionalInt tierOf(OrganizationRef organization, LocalDate today) {
        if (!jdbc.sql("SELECT built FROM tally_state WHERE id = 1").query(Boolean.class).single()) {
            return OptionalInt.empty();
        }
        if (organization.type() == OrganizationType.CENTRAL) {
            return OptionalInt.of(1);
        }
        boolean province = jdbc.sql("""
                SELECT COUNT(*) FROM organization_subtree s JOIN organization_directory r ON r.id = s.ancestor_id
                WHERE s.descendant_id = :id AND s.depth = 1 AND r.type = 'CENTRAL'
                  AND s.valid_from <= :today AND :today < s.valid_to
                """).param("id", organization.id()).param("today", today).query(Long.class).single() > 0;
        return province ? OptionalInt.of(2) : OptionalInt.empty();
    }

    /*
     * Each kind's rows are read as one range of the covering index (tier, top, kind, day, n): an
     * OR of kinds would read every row of the tops (their kinds and days) to pick them out.
     */

    /**
     * SQL of the progress counts by top ({@code :ids}: the organization and its children), with
     * the columns of the live query: the given admitted0… (over {@code t.dated} and {@code t.n}),
     * recent, pending.
     */
    static String progressSql(String admittedColumns) {
        return "SELECT t.top_id AS organization_id, " + admittedColumns + """
                       SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated >= :recentFrom AND t.dated <= :asOf THEN t.n ELSE 0 END)
                           AS recent,
                       SUM(CASE WHEN t.kind = 'PENDING' THEN t.n ELSE 0 END) AS pending
                FROM (SELECT top_id, kind, dated, n FROM tally_top_day
                      WHERE tier = :tier AND top_id IN (:ids) AND kind = 'PENDING'
                      UNION ALL
                      SELECT top_id, kind, dated, n FROM tally_top_day
                      WHERE tier = :tier AND top_id IN (:ids) AND kind = 'DECIDED' AND dated >= :lowest AND dated <= :asOf) t
                GROUP BY t.top_id
                """;
    }

    /** SQL of the decisions by month from {@code :lowest} to {@code :asOf}, as the live query's. */
    static String byMonthSql() {
        return """
                SELECT EXTRACT(YEAR FROM t.dated) AS y, EXTRACT(MONTH FROM t.dated) AS m, SUM(t.n) AS admitted
                FROM tally_top_day t
                WHERE t.tier = :tier AND t.top_id IN %s AND t.kind = 'DECIDED' AND t.dated >= :lowest
                  AND t.dated <= :asOf
                GROUP BY EXTRACT(YEAR FROM t.dated), EXTRACT(MONTH FROM t.dated)
                """.formatted(TOPS);
    }

    /** The funnel of the year: the pool today, then each stage's facts of the year. */
    CellReports.Funnel funnel(OrganizationRef root, int tier, int year, LocalDate today) {
        return jdbc.sql("""
                SELECT SUM(CASE WHEN t.kind = 'POOL' THEN t.n ELSE 0 END) AS pool,
                       SUM(CASE WHEN t.kind = 'ATTENDED' AND t.dated BETWEEN :start AND :end THEN t.n ELSE 0 END) AS attended,
                       SUM(CASE WHEN t.kind = 'OPENED' AND t.dated BETWEEN :start AND :end THEN t.n ELSE 0 END) AS opened,
                       SUM(CASE WHEN t.kind = 'DECIDED' AND t.dated BETWEEN :start AND :end THEN t.n ELSE 0 END) AS decided,
                       SUM(CASE WHEN t.kind = 'RECOGNIZED' AND t.dated BETWEEN :start AND :end THEN t.n ELSE 0 END)
                           AS recognized
                FROM (SELECT kind, dated, n FROM tally_top_day WHERE tier = :tier AND top_id IN (:tops) AND kind = 'POOL'
                      UNION ALL
                      SELECT kind, dated, n FROM tally_top_day WHERE tier = :tier AND top_id IN (:tops)
                        AND kind IN ('ATTENDED', 'OPENED', 'DECIDED', 'RECOGNIZED') AND dated BETWEEN :start AND :end) t
                """).param("tier", tier).param("tops", tops(root, today))
                .param("start", LocalDate.of(year, 1, 1)).param("end", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new CellReports.Funnel(year, rs.getLong("pool"), rs.getLong("attended"),
                        rs.getLong("opened"), rs.getLong("decided"), rs.getLong("recognized")))
                .single();
    }

    /** Open dossiers whose next step was due before today. */
    long overdue(OrganizationRef root, int tier, LocalDate today) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(t.n), 0) FROM tally_top_day t
                WHERE t.tier = :tier AND t.top_id IN (:tops) AND t.kind = 'DUE' AND t.dated < :today
                """).param("tier", tier).param("tops", tops(root, today)).param("today", today)
                .query(Long.class).single();
    }

    /** Cells of today that existed since the window opened and whose last admission is not after that day. */
    OptionalLong stagnantCount(OrganizationRef root, int tier, LocalDate windowStart, LocalDate asOf,
            LocalDate today) {
        List<Long> tops = tops(root, today);
        if (!answersStagnant(tier, tops, asOf, today)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(jdbc.sql("""
                SELECT COALESCE(SUM(c.n), 0) FROM tally_top_cell c
                WHERE c.tier = :tier AND c.top_id IN (:tops) AND c.since <= :windowStart
                  AND c.last_decision <= :windowStart
                """).param("tier", tier).param("tops", tops).param("windowStart", windowStart)
                .query(Long.class).single());
    }

    /**
     * The same cells one by one, of a kind if asked, with their last admission and their pool
     * today (in no order): what {@link CellReports#stagnant} lists, from each cell's tallies.
     */
    Optional<List<CellReports.StagnantCell>> stagnant(OrganizationRef root, int tier, LocalDate windowStart,
            LocalDate asOf, LocalDate today, CellKind kind) {
        List<Long> tops = tops(root, today);
        if (!answersStagnant(tier, tops, asOf, today)) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT o.id, o.code, o.name, o.cell_kind, c.last_decision, c.pool
                FROM tally_organization c JOIN organization_directory o ON o.id = c.organization_id
                WHERE %s IN (:tops) AND c.since <= :windowStart AND c.last_decision <= :windowStart%s
                """.formatted(tier == 1 ? "c.top_id" : "c.part_id", kind == null ? "" : " AND o.cell_kind = :kind"))
                .param("tops", tops).param("windowStart", windowStart).param("kind", kind == null ? "" : kind.name())
                .withFetchSize(STREAMED_ROWS)
                .query((rs, n) -> {
                    String cellKind = rs.getString("cell_kind");
                    LocalDate last = rs.getObject("last_decision", LocalDate.class);
                    return new CellReports.StagnantCell(rs.getString("code"), rs.getString("name"),
                            cellKind == null ? null : CellKind.valueOf(cellKind),
                            ReportTallies.UNDATED.equals(last) ? null : last, rs.getLong("pool"), rs.getLong("id"));
                }).list());
    }

    /**
     * The tallies keep each cell's last admission, not its last one up to a day: they answer for
     * the window ending today, and only while no admission under the tops is dated after today.
     */
    private boolean answersStagnant(int tier, List<Long> tops, LocalDate asOf, LocalDate today) {
        return asOf.equals(today) && jdbc.sql("""
                SELECT COUNT(*) FROM tally_top_day t
                WHERE t.tier = :tier AND t.top_id IN (:tops) AND t.kind = 'DECIDED' AND t.dated > :today
                """).param("tier", tier).param("tops", tops).param("today", today).query(Long.class).single() == 0;
    }
}
