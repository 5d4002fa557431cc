package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.OrganizationRef;

/** Plain reads of the tree for the module's public API classes (no scope applied here). */
@Component
public class TreeLookup {
    private final OrganizationStore store;
    private final TreeQueries queries;

    TreeLookup(OrganizationStore store, TreeQueries queries) {
        this.store = store;
        this.queries = queries;
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

    public List<Long> rootIds(LocalDate date) {
        return queries.roots(date).stream().map(TreeNode::id).toList();
    }
}
