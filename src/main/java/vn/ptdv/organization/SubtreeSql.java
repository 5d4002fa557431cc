package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "The organization column lies in the subtree", as SQL over the tree's published views, for
 * other modules' queries. By the structure of a date, an organization belongs to the subtree
 * it was in that day; by today's structure, it belongs where its successor is today.
 * Binds {@code :subtreeRoots} and {@code :subtreeDate}.
 */
public record SubtreeSql(boolean unrestricted, List<Long> roots, Structure structure, LocalDate date) {
    private static final String HISTORICAL = """
            SELECT s.descendant_id FROM organization_subtree s
            WHERE s.ancestor_id IN (:subtreeRoots) AND s.valid_from <= :subtreeDate AND :subtreeDate < s.valid_to
            """;
    private static final String CURRENT = """
            SELECT l.organization_id FROM organization_lineage l
            JOIN organization_subtree s ON s.descendant_id = l.successor_id
            WHERE s.ancestor_id IN (:subtreeRoots) AND s.valid_from <= :subtreeDate AND :subtreeDate < s.valid_to
            """;

    /** Every organization (an administrator's scope): no condition. */
    public static SubtreeSql unrestrictedScope() {
        return new SubtreeSql(true, List.of(), Structure.CURRENT, null);
    }

    /** The subtrees of the roots by the structure of {@code date}, or by today's (then {@code date} is today). */
    public static SubtreeSql of(List<Long> roots, Structure structure, LocalDate date) {
        return new SubtreeSql(false, roots.isEmpty() ? List.of(-1L) : List.copyOf(roots), structure, date);
    }

    public String condition(String organizationColumn) {
        if (unrestricted) {
            return "1 = 1";
        }
        return organizationColumn + " IN (" + (structure == Structure.HISTORICAL ? HISTORICAL : CURRENT) + ")";
    }

    public void bind(Map<String, Object> params) {
        if (!unrestricted) {
            params.put("subtreeRoots", roots);
            params.put("subtreeDate", date);
        }
    }
}
