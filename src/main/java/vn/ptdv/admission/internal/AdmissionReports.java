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
 * Admissions of a period under an organization, by today's structure: admitted on the date of
 * the admission decision, credited to the admitting cell; ceremonies (the start of probation);
 * recognitions as full members (from the end of the twelve months).
 */
@Component
class AdmissionReports {
    private final JdbcClient jdbc;
    private final AccessScope scope;

    AdmissionReports(JdbcClient jdbc, AccessScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record CellLine(String code, String name, long admitted, long ceremonies, long recognized) {
    }

    record Report(String organization, String organizationName, LocalDate from, LocalDate to, long admitted,
            long ceremonies, long recognized, List<CellLine> cells) {
    }

    @Transactional(readOnly = true)
    Report report(OrganizationRef organization, LocalDate from, LocalDate to) {
        scope.requireVisible(organization);
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from);
        params.put("to", to);
        List<CellLine> cells = jdbc.sql("""
                SELECT o.code, o.name,
                       SUM(CASE WHEN d.decision_date BETWEEN :from AND :to THEN 1 ELSE 0 END) AS admitted,
                       SUM(CASE WHEN d.ceremony_date BETWEEN :from AND :to THEN 1 ELSE 0 END) AS ceremonies,
                       SUM(CASE WHEN d.state = 'OFFICIAL' AND d.probation_end BETWEEN :from AND :to THEN 1 ELSE 0 END)
                           AS recognized
                FROM admission_fact d JOIN organization_directory o ON o.id = d.cell_id
                WHERE %s
                  AND (d.decision_date BETWEEN :from AND :to OR d.ceremony_date BETWEEN :from AND :to
                       OR d.probation_end BETWEEN :from AND :to)
                GROUP BY o.code, o.name
                """.formatted(subtree.condition("d.cell_id")))
                .params(params)
                .query((rs, n) -> new CellLine(rs.getString("code"), rs.getString("name"), rs.getLong("admitted"),
                        rs.getLong("ceremonies"), rs.getLong("recognized")))
                .list().stream().sorted(VietnameseOrder.by(CellLine::name)).toList();
        return new Report(organization.code(), organization.name(), from, to,
                cells.stream().mapToLong(CellLine::admitted).sum(), cells.stream().mapToLong(CellLine::ceremonies).sum(),
                cells.stream().mapToLong(CellLine::recognized).sum(), cells);
    }
}
