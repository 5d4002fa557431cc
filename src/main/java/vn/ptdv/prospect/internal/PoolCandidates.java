package vn.ptdv.prospect.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.training.Certificates;
import vn.ptdv.training.ClassCandidates;

/** Prospects of a class organizer's subtree who still need the awareness class. */
@Component
class PoolCandidates implements ClassCandidates {
    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final Certificates certificates;

    PoolCandidates(JdbcClient jdbc, AccessScope scope, Certificates certificates) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.certificates = certificates;
    }

    @Override
    public List<Candidate> candidatesUnder(OrganizationRef organizer) {
        SubtreeSql subtree = SubtreeSql.of(List.of(organizer.id()), Structure.CURRENT, scope.today());
        Map<String, Object> params = new java.util.HashMap<>();
        subtree.bind(params);
        params.put("date", scope.today());
        params.put("issuedAfter", scope.today().minusMonths(certificates.validityMonths()));
        return jdbc.sql("""
                SELECT r.person_id, p.full_name, o.name FROM prospect r JOIN person_directory p ON p.id = r.person_id
                JOIN organization_directory o ON o.id = r.organization_id
                WHERE """ + " " + subtree.condition("r.organization_id") + " AND " + ProspectStore.ACTIVE_ON + """
                  AND r.status = 'IN_POOL'
                  AND NOT EXISTS (SELECT 1 FROM certificate_fact f WHERE f.person_id = r.person_id
                                  AND f.certificate_date > :issuedAfter)
                ORDER BY o.name, p.sort_key
                """).params(params)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
