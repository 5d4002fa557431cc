package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.training.Certificates;

/**
 * The pool of an organization's subtree on a date, by today's structure: its size by status,
 * category, channel and cell; the cells with nobody in it; the year's progress; the latest
 * survey; and the certificates about to expire before their holders apply.
 */
@Service
@Transactional(readOnly = true)
class PoolReports {
    static final int EXPIRY_WARNING_MONTHS = 3;

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Certificates certificates;
    private final SurveyStore surveys;

    PoolReports(JdbcClient jdbc, AccessScope scope, Certificates certificates, SurveyStore surveys) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.certificates = certificates;
        this.surveys = surveys;
    }

    record CellLine(String code, String name, long poolSize) {
    }

    record Conversion(int year, long entered, long attended, long applied) {
    }

    record Expiring(long prospectId, String fullName, String organizationName, String certificateNumber,
            LocalDate lastValidDay) {
    }

    record Report(OrganizationRef organization, LocalDate date, long poolSize, Map<ProspectStatus, Long> byStatus,
            Map<ProspectCategory, Long> byCategory, Map<ProspectChannel, Long> byChannel, List<CellLine> cells,
            List<CellLine> emptyCells, Conversion conversion, Optional<SurveyStore.Survey> survey,
            List<Expiring> expiring) {
    }

    Report report(OrganizationRef organization, LocalDate date) {
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
        Map<ProspectStatus, Long> byStatus = new EnumMap<>(ProspectStatus.class);
        grouped(subtree, date, "r.status", "").forEach((k, v) -> byStatus.put(ProspectStatus.valueOf(k), v));
        Map<ProspectCategory, Long> byCategory = new EnumMap<>(ProspectCategory.class);
        for (ProspectCategory category : ProspectCategory.values()) {
            byCategory.put(category, 0L);
        }
        grouped(subtree, date, "k.category", " JOIN prospect_category k ON k.prospect_id = r.id")
                .forEach((k, v) -> byCategory.put(ProspectCategory.valueOf(k), v));
        Map<ProspectChannel, Long> byChannel = new EnumMap<>(ProspectChannel.class);
        grouped(subtree, date, "r.channel", "").forEach((k, v) -> byChannel.put(ProspectChannel.valueOf(k), v));
        long size = byStatus.values().stream().mapToLong(Long::longValue).sum();

        Map<String, Long> byOrganization = grouped(subtree, date, "l.successor_id",
                " JOIN organization_lineage l ON l.organization_id = r.organization_id");
        List<CellLine> cells = new ArrayList<>();
        List<CellLine> empty = new ArrayList<>();
        for (Map.Entry<Long, String[]> cell : cellsUnder(organization.id()).entrySet()) {
            long count = byOrganization.getOrDefault(String.valueOf(cell.getKey()), 0L);
            CellLine line = new CellLine(cell.getValue()[0], cell.getValue()[1], count);
            cells.add(line);
            if (count == 0) {
                empty.add(line);
            }
        }
        return new Report(organization, date, size, byStatus, byCategory, byChannel, cells, empty,
                conversion(subtree, date), surveys.latest(organization.id(), date), expiring(subtree, date));
    }

    private Map<String, Long> grouped(SubtreeSql subtree, LocalDate date, String key, String join) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("date", date);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT " + key + " AS k, COUNT(*) AS n FROM prospect r" + join + " WHERE "
                        + subtree.condition("r.organization_id") + " AND " + ProspectStore.ACTIVE_ON + " GROUP BY " + key)
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    /** The cells of the subtree today, in tree order: id → {code, name}. */
    private Map<Long, String[]> cellsUnder(long organizationId) {
        Map<Long, String[]> cells = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.id, o.code, o.name FROM organization_subtree s JOIN organization_directory o ON o.id = s.descendant_id
                WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to
                  AND o.type IN ('CELL', 'GRASSROOTS_CELL')
                ORDER BY o.code
                """).param("root", organizationId).param("today", scope.today())
                .query(rs -> {
                    cells.put(rs.getLong("id"), new String[] {rs.getString("code"), rs.getString("name")});
                });
        return cells;
    }

    private Conversion conversion(SubtreeSql subtree, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", date.withDayOfYear(1));
        params.put("to", date);
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN r.since BETWEEN :from AND :to THEN 1 ELSE 0 END), 0) AS entered,
                       COALESCE(SUM(CASE WHEN r.attended_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0) AS attended,
                       COALESCE(SUM(CASE WHEN r.applied_on BETWEEN :from AND :to THEN 1 ELSE 0 END), 0) AS applied
                FROM prospect r WHERE """ + " " + subtree.condition("r.organization_id"))
                .params(params)
                .query((rs, n) -> new Conversion(date.getYear(), rs.getLong("entered"), rs.getLong("attended"),
                        rs.getLong("applied")))
                .single();
    }

    /** Active prospects whose latest certificate stops being valid within the coming months. */
    private List<Expiring> expiring(SubtreeSql subtree, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("date", date);
        int months = certificates.validityMonths();
        params.put("issuedFrom", date.minusMonths(months).minusDays(3));
        params.put("issuedTo", date.plusMonths(EXPIRY_WARNING_MONTHS).minusMonths(months).plusDays(3));
        List<Expiring> rows = new ArrayList<>();
        jdbc.sql("""
                SELECT r.id, p.full_name, o.name AS org_name, f.certificate_number, f.certificate_date
                FROM prospect r JOIN person_directory p ON p.id = r.person_id
                JOIN organization_directory o ON o.id = r.organization_id
                JOIN certificate_fact f ON f.person_id = r.person_id
                WHERE """ + " " + subtree.condition("r.organization_id") + " AND " + ProspectStore.ACTIVE_ON + """
                  AND f.certificate_date BETWEEN :issuedFrom AND :issuedTo
                  AND NOT EXISTS (SELECT 1 FROM certificate_fact g WHERE g.person_id = r.person_id
                                  AND g.certificate_date > f.certificate_date)
                ORDER BY f.certificate_date, p.sort_key
                """)
                .params(params)
                .query(rs -> {
                    LocalDate issued = rs.getObject("certificate_date", LocalDate.class);
                    LocalDate expires = certificates.expiryOf(issued);
                    if (!expires.isBefore(date.plusDays(1)) && expires.isBefore(date.plusMonths(EXPIRY_WARNING_MONTHS).plusDays(1))) {
                        rows.add(new Expiring(rs.getLong("id"), rs.getString("full_name"), rs.getString("org_name"),
                                rs.getString("certificate_number"), expires.minusDays(1)));
                    }
                });
        return rows;
    }
}
