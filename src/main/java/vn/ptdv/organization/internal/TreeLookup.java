package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;

/** Plain reads of the tree for the module's public API classes (no scope applied here). */
@Component
public class TreeLookup {
    private final OrganizationStore store;
    private final TreeQueries queries;
    private final JdbcClient jdbc;

    TreeLookup(OrganizationStore store, TreeQueries queries, JdbcClient jdbc) {
        this.store = store;
        this.queries = queries;
        this.jdbc = jdbc;
    }

    public Optional<OrganizationRef> findByCode(String code) {
        return store.findByCode(code).map(OrganizationRow::ref);
    }

    public Optional<OrganizationRef> findById(long id) {
        return store.findById(id).map(OrganizationRow::ref);
    }

    public boolean isWithin(long descendantId, long ancestorId, LocalDate date) {
        return store.isWithin(descendantId, ancestorId, date);
    }

    /**
     * Whether the organization, or the one that took it over if it has ceased, lies under the
     * ancestor in the structure of the date.
     */
    public boolean isWithinThroughSuccessor(long organizationId, long ancestorId, LocalDate date) {
        return store.isWithinThroughSuccessor(organizationId, ancestorId, date);
    }

    /** The organization's name on the date (its current name if it had none recorded then). */
    public String nameOn(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT name FROM organization_name
                WHERE organization_id = :id AND valid_from <= :date AND :date < valid_to
                """).param("id", organizationId).param("date", date).query(String.class).optional()
                .orElseGet(() -> store.findById(organizationId).map(OrganizationRow::name).orElse(""));
    }

    /** The organization's children on the date, higher levels first, in Vietnamese order. */
    public List<OrganizationRef> childrenOn(long organizationId, LocalDate date) {
        return queries.children(organizationId, date).stream().sorted(OrganizationReader.TREE_ORDER)
                .map(n -> store.findById(n.id()).orElseThrow().ref()).toList();
    }

    /** The grassroots organization (đảng bộ or chi bộ cơ sở) the organization belongs to on the date. */
    public Optional<OrganizationRef> grassrootsOf(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT c.ancestor_id FROM organization_closure c JOIN organization o ON o.id = c.ancestor_id
                WHERE c.descendant_id = :id AND c.valid_from <= :date AND :date < c.valid_to
                  AND o.type IN ('GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL')
                ORDER BY c.depth
                """).param("id", organizationId).param("date", date).query(Long.class).list().stream()
                .findFirst().flatMap(this::findById);
    }

    /** The bodies an admission proposed by the cell passes on the date, if it lies under a grassroots organization. */
    public Optional<AdmissionChain> admissionChain(long cellId, LocalDate date) {
        record Ancestor(long id, OrganizationType type, boolean delegated) {
        }
        List<Ancestor> ancestors = jdbc.sql("""
                SELECT o.id, o.type, o.delegated_admission FROM organization_closure c
                JOIN organization o ON o.id = c.ancestor_id
                WHERE c.descendant_id = :id AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.depth
                """).param("id", cellId).param("date", date)
                .query((rs, n) -> new Ancestor(rs.getLong("id"), OrganizationType.valueOf(rs.getString("type")),
                        rs.getBoolean("delegated_admission")))
                .list();
        Optional<OrganizationRef> partial = Optional.empty();
        for (int i = 0; i < ancestors.size(); i++) {
            Ancestor ancestor = ancestors.get(i);
            if (ancestor.type() == OrganizationType.PARTIAL_COMMITTEE && partial.isEmpty()) {
                partial = findById(ancestor.id());
            }
            if (ancestor.type().isGrassroots()) {
                OrganizationRef grassroots = findById(ancestor.id()).orElseThrow();
                boolean delegated = ancestor.delegated() || i + 1 == ancestors.size();
                OrganizationRef authority = delegated ? grassroots : findById(ancestors.get(i + 1).id()).orElseThrow();
                return Optional.of(new AdmissionChain(findById(cellId).orElseThrow(), partial, grassroots, authority,
                        ancestor.delegated()));
            }
        }
        return Optional.empty();
    }

    /** The organization's ancestors on the date, its parent first. */
    public List<OrganizationRef> ancestorsOn(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT c.ancestor_id FROM organization_closure c
                WHERE c.descendant_id = :id AND c.depth > 0 AND c.valid_from <= :date AND :date < c.valid_to
                ORDER BY c.depth
                """).param("id", organizationId).param("date", date).query(Long.class).list().stream()
                .map(id -> findById(id).orElseThrow()).toList();
    }

    public List<DatePeriod> existence(long organizationId) {
        return store.existence(organizationId);
    }

    public List<Long> rootIds(LocalDate date) {
        return queries.roots(date).stream().map(TreeNode::id).toList();
    }
}
