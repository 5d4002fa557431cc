package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.VietnameseOrder;

/**
 * Admissions of a period under an organization, from the one source of admissions
 * ({@code admission_record}: members registered or imported with their dates, and dossiers):
 * admitted on the date of the admission decision, credited to the admitting cell; ceremonies (the
 * start of probation); recognitions as full members (from the end of the twelve months). By today's structure, a cell counts where it (or
 * its successor) is today; by the structure of the date, each event counts where the cell stood
 * on the day it happened — a cell that moved later stays credited to the organization of then.
 */
@Component
class AdmissionReports {
    /** The event's cell lay under the report's organization on the event's day (the tree's published view). */
    private static final String UNDER_THEN = """
            EXISTS (SELECT 1 FROM organization_subtree s WHERE s.ancestor_id IN (:subtreeRoots)
                    AND s.descendant_id = d.cell_id AND s.valid_from <= d.%1$s AND d.%1$s < s.valid_to)""";

    private final JdbcClient jdbc;
    private final AccessScope scope;

    AdmissionReports(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record CellLine(String code, String name, long admitted, long ceremonies, long recognized) {
    }

    record Report(String organization, String organizationName, LocalDate from, LocalDate to, Structure structure,
            long admitted, long ceremonies, long recognized, List<CellLine> cells) {
    }

    @Transactional(readOnly = true)
    Report report(OrganizationRef organization, LocalDate from, LocalDate to, Structure structure) {
        scope.requireVisible(organization);
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from);
        params.put("to", to);
        boolean historical = structure == Structure.HISTORICAL;
        String decided = historical ? " AND " + UNDER_THEN.formatted("decision_date") : "";
        String ceremony = historical ? " AND " + UNDER_THEN.formatted("ceremony_date") : "";
        String recognized = historical ? " AND " + UNDER_THEN.formatted("recognized_on") : "";
        String where = historical ? "(" + UNDER_THEN.formatted("decision_date") + " OR "
                + UNDER_THEN.formatted("ceremony_date") + " OR " + UNDER_THEN.formatted("recognized_on") + ")"
                : subtree.condition("d.cell_id");
        List<CellLine> cells = jdbc.sql("""
                SELECT o.code, o.name,
                       SUM(CASE WHEN d.decision_date BETWEEN :from AND :to%s THEN 1 ELSE 0 END) AS admitted,
                       SUM(CASE WHEN d.ceremony_date BETWEEN :from AND :to%s THEN 1 ELSE 0 END) AS ceremonies,
                       SUM(CASE WHEN d.recognized_on BETWEEN :from AND :to%s THEN 1 ELSE 0 END) AS recognized
                FROM admission_record d JOIN organization_directory o ON o.id = d.cell_id
                WHERE %s
                  AND (d.decision_date BETWEEN :from AND :to OR d.ceremony_date BETWEEN :from AND :to
                       OR d.recognized_on BETWEEN :from AND :to)
                GROUP BY o.code, o.name
                """.formatted(decided, ceremony, recognized, where))
                .params(params)
                .query((rs, n) -> new CellLine(rs.getString("code"), rs.getString("name"), rs.getLong("admitted"),
                        rs.getLong("ceremonies"), rs.getLong("recognized")))
                .list().stream().filter(c -> !historical || c.admitted() + c.ceremonies() + c.recognized() > 0)
                .sorted(VietnameseOrder.by(CellLine::name)).toList();
        return new Report(organization.code(), organization.name(), from, to, structure,
                cells.stream().mapToLong(CellLine::admitted).sum(), cells.stream().mapToLong(CellLine::ceremonies).sum(),
                cells.stream().mapToLong(CellLine::recognized).sum(), cells);
    }
}
