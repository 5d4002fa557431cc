package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.VietnameseOrder;

/** Read use cases of the tree, each limited to the signed-in user's scope. */
@Service
@Transactional(readOnly = true)
class OrganizationReader {
    static final int SEARCH_LIMIT = 50;

    /** Higher levels first, then Vietnamese alphabetical order. */
    static final Comparator<TreeNode> TREE_ORDER = Comparator.comparing(TreeNode::type)
            .thenComparing(VietnameseOrder.by(TreeNode::name));

    private final OrganizationStore store;
    private final TreeQueries queries;
    private final AccessScope scope;

    OrganizationReader(OrganizationStore store, TreeQueries queries, AccessScope scope) {
        this.store = store;
        this.queries = queries;
        this.scope = scope;
    }

    OrganizationRow requireVisible(String code) {
        return store.findByCode(code).filter(row -> scope.canSee(row.id()))
                .orElseThrow(() -> new NotFoundException("org.notFound", code));
    }

    /** From the root of the tree down to the organization, today. */
    List<TreeNode> path(long id) {
        return queries.path(id, scope.today());
    }

    /** The part of the path the user may open: from their home organization down. */
    List<TreeNode> visiblePath(long id) {
        return path(id).stream().filter(node -> scope.canSee(node.id())).toList();
    }

    /** The organizations the user's tree starts from. */
    List<TreeNode> scopeRoots() {
        return queries.nodes(scope.rootIds(), scope.today()).stream().sorted(TREE_ORDER).toList();
    }

    /** Children today of an organization the caller has already found visible. */
    List<TreeNode> children(long parentId) {
        return queries.children(parentId, scope.today()).stream().sorted(TREE_ORDER).toList();
    }

    PageResult<TreeNode> subtree(String underCode, LocalDate date, int page, int size) {
        long rootId;
        if (Problems.optional(underCode) == null) {
            List<Long> roots = scope.rootIds();
            if (roots.size() != 1) {
                new Problems("org").malformed("under", "validation.required").throwIfAny();
            }
            rootId = roots.get(0);
        } else {
            rootId = requireVisible(underCode.strip()).id();
        }
        return queries.subtree(rootId, date, page, size);
    }

    List<TreeNode> search(String query, LocalDate date) {
        return queries.search(scope.rootIds(), query, date, SEARCH_LIMIT);
    }

    Map<Long, List<String>> ancestorNames(List<TreeNode> nodes) {
        return queries.ancestorNames(nodes.stream().map(TreeNode::id).toList(), scope.today());
    }

    /** Where the organization sat, period by period, with its parent's current record. */
    List<PlacementView> history(OrganizationRow organization) {
        return store.placementsOf(organization.id()).stream()
                .map(p -> new PlacementView(p.period(),
                        p.parentId() == null ? null : store.findById(p.parentId()).orElseThrow()))
                .sorted(Comparator.comparing((PlacementView v) -> v.period().from()).reversed())
                .toList();
    }

    record PlacementView(DatePeriod period, OrganizationRow parent) {
        public boolean open() {
            return period.isOpen();
        }
    }
}
