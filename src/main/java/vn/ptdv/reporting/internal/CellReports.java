package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.shared.VietnameseOrder;
import vn.ptdv.shared.database.PlannedWithValues;

/**
 * Reports on cells: those that admitted nobody for several years, and whether the cadres
 * assigned to supervise them introduced someone to their pool this year.
 */
@Component
class CellReports {
    private final JdbcClient jdbc;
    private final Members members;
    private final AccessScope scope;
    private final PlannedWithValues planned;
    private final TallyFigures tallies;

    CellReports(JdbcClient jdbc, Members members, AccessScope scope, PlannedWithValues planned,
            TallyFigures tallies) {
        this.jdbc = jdbc;
        this.members = members;
        this.scope = scope;
        this.planned = planned;
        this.tallies = tallies;
    }

    /** A cell without an admission for the years asked, with its last admission and its pool today. */
    record StagnantCell(String code, String name, CellKind kind, LocalDate lastAdmission, long poolSize, long id) {
    }

    /**
     * Cells of the organization (today's structure) that existed the whole window and admitted
     * nobody in the {@code years} years up to the as-of date — an admission on the day the window
     * opens (exactly that many years earlier) is outside it. The last admission is the latest
     * admission decision credited to the cell ({@code admission_record}: members registered with
     * their dates, imported, or admitted through a dossier, counted once).
     */
    @Transactional(readOnly = true)
    List<StagnantCell> stagnant(OrganizationRef organization, int years, LocalDate asOf, CellKind kind) {
        scope.requireVisible(organization);
        OptionalInt tier = tallies.tierFor(organization, scope.today());
        Optional<List<StagnantCell>> tallied = tier.isEmpty() ? Optional.empty()
                : tallies.stagnant(organization, tier.getAsInt(), asOf.minusYears(years), asOf, scope.today(), kind);
        // By code first: cells of the same last admission and name then come in the order of their codes.
        List<StagnantCell> byCode = new ArrayList<>(tallied.orElseGet(() -> live(organization, years, asOf, kind)));
        byCode.sort(Comparator.comparing(StagnantCell::code));
        return VietnameseOrder.sorted(byCode,
                Comparator.comparing(StagnantCell::lastAdmission, Comparator.nullsFirst(Comparator.naturalOrder())),
                StagnantCell::name);
    }

    private List<StagnantCell> live(OrganizationRef organization, int years, LocalDate asOf, CellKind kind) {
        planned.forThisTransaction();
        Map<String, Object> params = new HashMap<>();
        String stagnant = stagnantCells(organization, years, asOf, kind, wholeCountry(organization), params);
        // Only the cells found stagnant have their last admission and pool looked up; none of them
        // admitted anyone after the window opened, so their last admission is on or before that day.
        return jdbc.sql("""
                SELECT o.id, o.code, o.name, o.cell_kind,
                       (SELECT (SELECT MAX(f.decision_date) FROM admission_record f
                                WHERE f.cell_id = l.organization_id AND f.decision_date <= :windowStart) AS d
                        FROM organization_lineage l WHERE l.successor_id = o.id
                        ORDER BY d DESC NULLS LAST LIMIT 1) AS last_decision,
                       (SELECT COUNT(*) FROM prospect_fact p
                        JOIN organization_lineage l ON l.organization_id = p.organization_id
                        WHERE l.successor_id = o.id AND p.status IN ('IN_POOL', 'ATTENDED_CLASS')) AS pool
                """ + stagnant).params(params).withFetchSize(TallyFigures.STREAMED_ROWS)
                .query((rs, n) -> {
                    String cellKind = rs.getString("cell_kind");
                    return new StagnantCell(rs.getString("code"), rs.getString("name"),
                            cellKind == null ? null : CellKind.valueOf(cellKind),
                            rs.getObject("last_decision", LocalDate.class), rs.getLong("pool"), rs.getLong("id"));
                }).list();
    }

    /** How many cells {@link #stagnant} lists, counted in the database. */
    @Transactional(readOnly = true)
    long stagnantCount(OrganizationRef organization, int years, LocalDate asOf) {
        scope.requireVisible(organization);
        OptionalInt tier = tallies.tierFor(organization, scope.today());
        if (tier.isPresent()) {
            OptionalLong tallied = tallies.stagnantCount(organization, tier.getAsInt(), asOf.minusYears(years), asOf,
                    scope.today());
            if (tallied.isPresent()) {
                return tallied.getAsLong();
            }
        }
        return stagnantCount(organization, years, asOf, wholeCountry(organization));
    }

    /** The same, in one pass over the window's admissions or cell by cell. */
    long stagnantCount(OrganizationRef organization, int years, LocalDate asOf, boolean onePass) {
        scope.requireVisible(organization);
        planned.forThisTransaction();
        Map<String, Object> params = new HashMap<>();
        String stagnant = stagnantCells(organization, years, asOf, null, onePass, params);
        return jdbc.sql("SELECT COUNT(*)" + stagnant).params(params).query(Long.class).single();
    }

    /**
     * FROM and WHERE of the stagnant cells ({@code o}). Admissions are read through the view
     * {@code admission_record}, which the database cannot search by a cell given from outside
     * as part of a join. Below the country, each cell of the scope asks for its last admission
     * up to the as-of date (a scalar subquery whose cell condition reaches the indexes of both
     * sources of the view). The country's scope holds every cell, so there the cells that
     * admitted someone in the window are found in one pass over the window's admissions and
     * taken away.
     */
    private String stagnantCells(OrganizationRef organization, int years, LocalDate asOf, CellKind kind,
            boolean onePass, Map<String, Object> params) {
        params.put("root", organization.id());
        params.put("today", scope.today());
        params.put("asOf", asOf);
        params.put("windowStart", asOf.minusYears(years));
        String kindCondition = "";
        if (kind != null) {
            params.put("kind", kind.name());
            kindCondition = " AND o.cell_kind = :kind";
        }
        String admittedInWindow = onePass ? """
                SELECT 1 FROM admission_record f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE l.successor_id = o.id AND f.decision_date > :windowStart AND f.decision_date <= :asOf
                """ : """
                SELECT 1 FROM organization_lineage l
                WHERE l.successor_id = o.id
                  AND (SELECT MAX(f.decision_date) FROM admission_record f
                       WHERE f.cell_id = l.organization_id AND f.decision_date <= :asOf) > :windowStart
                """;
        return """

                FROM organization_subtree s JOIN organization_directory o ON o.id = s.descendant_id
                WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to
                  AND o.type IN ('CELL', 'GRASSROOTS_CELL')%s
                  AND EXISTS (SELECT 1 FROM organization_subtree x
                              WHERE x.ancestor_id = o.id AND x.descendant_id = o.id AND x.valid_from <= :windowStart)
                  AND NOT EXISTS (%s)
                """.formatted(kindCondition, admittedInWindow);
    }

    /** The country's scope holds every cell: its stagnant cells are found in one pass, not cell by cell. */
    private static boolean wholeCountry(OrganizationRef organization) {
        return organization.type() == OrganizationType.CENTRAL;
    }

    /** A cadre assigned to supervise a cell during the year, and how many they introduced to its pool that year. */
    record Duty(long assignmentId, long memberId, String memberName, String cellCode, String cellName,
            LocalDate from, LocalDate to, long introduced) {

        public boolean done() {
            return introduced > 0;
        }
    }

    record DutyReport(int year, long done, long total, List<Duty> duties) {
    }

    /**
     * For every supervision of a cell of the organization active during the year: did the cadre
     * introduce at least one outstanding non-member to that cell's pool in the year (while assigned)?
     */
    @Transactional(readOnly = true)
    DutyReport duty(OrganizationRef organization, int year) {
        scope.requireVisible(organization);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("start", start);
        params.put("end", end);
        params.put("role", AssignmentRole.SUPERVISE.name());
        List<Duty> duties = new ArrayList<>();
        jdbc.sql("""
                SELECT a.assignment_id, a.member_id, o.code, o.name, a.valid_from, a.valid_to,
                       (SELECT COUNT(*) FROM prospect_fact p
                        WHERE p.organization_id = a.cell_id AND p.introduced_by_member_id = a.member_id
                          AND p.since >= :start AND p.since <= :end AND p.since >= a.valid_from
                          AND (a.valid_to IS NULL OR p.since <= a.valid_to)) AS introduced
                FROM cell_assignment_fact a JOIN organization_directory o ON o.id = a.cell_id
                WHERE a.role = :role AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :start)
                  AND %s
                """.formatted(subtree.condition("a.cell_id")))
                .params(params)
                .query(rs -> {
                    long memberId = rs.getLong("member_id");
                    LocalDate from = rs.getObject("valid_from", LocalDate.class);
                    String name = members.onDate(memberId, from).map(Members.MemberRef::fullName).orElse("");
                    duties.add(new Duty(rs.getLong("assignment_id"), memberId, name, rs.getString("code"),
                            rs.getString("name"), from, rs.getObject("valid_to", LocalDate.class),
                            rs.getLong("introduced")));
                });
        duties.sort(Comparator.comparing(Duty::done).thenComparing(VietnameseOrder.by(Duty::cellName)));
        long done = duties.stream().filter(Duty::done).count();
        return new DutyReport(year, done, duties.size(), duties);
    }

    /** The path from the pool to full membership, under the organization, in the year up to today. */
    record Funnel(int year, long pool, long attended, long opened, long decided, long recognized) {
    }

    /**
     * One statement. A commune or smaller has each organization of the scope count its own facts
     * (the organization condition reaches the indexes, also through the view
     * {@code admission_record}); a province or the country, thousands of cells, counts the year's
     * facts of each kind in one pass through their dates and keeps those of the scope.
     */
    @Transactional(readOnly = true)
    Funnel funnel(OrganizationRef organization, int year) {
        scope.requireVisible(organization);
        OptionalInt tier = tallies.tierFor(organization, scope.today());
        if (tier.isPresent()) {
            return tallies.funnel(organization, tier.getAsInt(), year, scope.today());
        }
        OrganizationType type = organization.type();
        return funnel(organization, year, type == OrganizationType.CENTRAL || type == OrganizationType.PROVINCIAL);
    }

    /** The same, in one pass over the year's facts or organization by organization. */
    Funnel funnel(OrganizationRef organization, int year, boolean onePass) {
        scope.requireVisible(organization);
        planned.forThisTransaction();
        Map<String, Object> params = new HashMap<>();
        params.put("start", LocalDate.of(year, 1, 1));
        params.put("end", LocalDate.of(year, 12, 31));
        String sql;
        if (onePass) {
            SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
            subtree.bind(params);
            sql = """
                    SELECT SUM(CASE WHEN x.stage = 1 THEN 1 ELSE 0 END) AS pool,
                           SUM(CASE WHEN x.stage = 2 THEN 1 ELSE 0 END) AS attended,
                           SUM(CASE WHEN x.stage = 3 THEN 1 ELSE 0 END) AS opened,
                           SUM(CASE WHEN x.stage = 4 THEN 1 ELSE 0 END) AS decided,
                           SUM(CASE WHEN x.stage = 5 THEN 1 ELSE 0 END) AS recognized
                    FROM (
                        SELECT 1 AS stage, p.organization_id FROM prospect_fact p
                        WHERE p.status IN ('IN_POOL', 'ATTENDED_CLASS')
                        UNION ALL
                        SELECT 2, p.organization_id FROM prospect_fact p WHERE p.attended_on BETWEEN :start AND :end
                        UNION ALL
                        SELECT 3, f.cell_id FROM admission_fact f WHERE f.opened_on BETWEEN :start AND :end
                        UNION ALL
                        SELECT 4, f.cell_id FROM admission_record f WHERE f.decision_date BETWEEN :start AND :end
                        UNION ALL
                        SELECT 5, f.cell_id FROM admission_fact f
                        WHERE f.state = 'OFFICIAL' AND f.probation_end BETWEEN :start AND :end
                    ) x
                    WHERE %s
                    """.formatted(subtree.condition("x.organization_id"));
        } else {
            params.put("root", organization.id());
            params.put("today", scope.today());
            sql = """
                    SELECT SUM(x.pool) AS pool, SUM(x.attended) AS attended, SUM(x.opened) AS opened,
                           SUM(x.decided) AS decided, SUM(x.recognized) AS recognized
                    FROM (
                        SELECT (SELECT COUNT(*) FROM prospect_fact p WHERE p.organization_id = l.organization_id
                                  AND p.status IN ('IN_POOL', 'ATTENDED_CLASS')) AS pool,
                               (SELECT COUNT(*) FROM prospect_fact p WHERE p.organization_id = l.organization_id
                                  AND p.attended_on BETWEEN :start AND :end) AS attended,
                               (SELECT COUNT(*) FROM admission_fact f WHERE f.cell_id = l.organization_id
                                  AND f.opened_on BETWEEN :start AND :end) AS opened,
                               (SELECT COUNT(*) FROM admission_record f WHERE f.cell_id = l.organization_id
                                  AND f.decision_date BETWEEN :start AND :end) AS decided,
                               (SELECT COUNT(*) FROM admission_fact f WHERE f.cell_id = l.organization_id
                                  AND f.state = 'OFFICIAL' AND f.probation_end BETWEEN :start AND :end) AS recognized
                        FROM organization_lineage l JOIN organization_subtree s ON s.descendant_id = l.successor_id
                        WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to
                    ) x
                    """;
        }
        return jdbc.sql(sql).params(params).query((rs, n) -> new Funnel(year, rs.getLong("pool"),
                rs.getLong("attended"), rs.getLong("opened"), rs.getLong("decided"), rs.getLong("recognized")))
                .single();
    }

    /** A cell's members on a day: official and probationary. */
    record CellMembers(long official, long probationary) {
        public long total() {
            return official + probationary;
        }
    }

    /** The members counted in the organization's subtree today, by today's structure. */
    @Transactional(readOnly = true)
    CellMembers members(OrganizationRef organization) {
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, today);
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("today", today);
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN f.official_on <= :today THEN 1 ELSE 0 END), 0) AS official,
                       COALESCE(SUM(CASE WHEN f.official_on IS NULL OR f.official_on > :today THEN 1 ELSE 0 END), 0)
                           AS probationary
                FROM membership_period_fact f
                WHERE f.valid_from <= :today AND :today < f.valid_to AND %s
                """.formatted(subtree.condition("f.organization_id"))).params(params)
                .query((rs, n) -> new CellMembers(rs.getLong("official"), rs.getLong("probationary"))).single();
    }
}
