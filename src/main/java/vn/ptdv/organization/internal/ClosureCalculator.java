package vn.ptdv.organization.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.ptdv.calendar.DatePeriod;

/**
 * Derives the dated closure rows of organizations from their placements. The organizations
 * whose placements (or whose ancestors' placements) changed are recomputed; the rows of any
 * other ancestor are taken as stored.
 */
final class ClosureCalculator {
    private final Set<Long> recomputed;
    private final Function<Long, List<Placement>> placements;
    private final Function<Long, List<ClosureRow>> storedRows;
    private final Map<Long, List<ClosureRow>> memo = new HashMap<>();
    private final Set<Long> inProgress = new HashSet<>();

    ClosureCalculator(Set<Long> recomputed, Function<Long, List<Placement>> placements,
            Function<Long, List<ClosureRow>> storedRows) {
        this.recomputed = Set.copyOf(recomputed);
        this.placements = placements;
        this.storedRows = storedRows;
    }

    /** Rows of every recomputed organization, self rows included. */
    List<ClosureRow> computeAll() {
        List<ClosureRow> all = new ArrayList<>();
        for (Long id : recomputed) {
            all.addAll(rowsOf(id));
        }
        return all;
    }

    /** Rows whose descendant is the organization: its ancestors over time, and itself. */
    List<ClosureRow> rowsOf(long organizationId) {
        List<ClosureRow> known = memo.get(organizationId);
        if (known != null) {
            return known;
        }
        if (!recomputed.contains(organizationId)) {
            List<ClosureRow> stored = storedRows.apply(organizationId);
            memo.put(organizationId, stored);
            return stored;
        }
        if (!inProgress.add(organizationId)) {
            throw new IllegalStateException("the placements of organization " + organizationId + " form a cycle");
        }
        List<ClosureRow> rows = new ArrayList<>();
        for (Placement placement : placements.apply(organizationId)) {
            rows.add(new ClosureRow(organizationId, organizationId, 0, placement.period()));
            if (placement.parentId() != null) {
                for (ClosureRow above : rowsOf(placement.parentId())) {
                    Optional<DatePeriod> overlap = above.period().intersect(placement.period());
                    overlap.ifPresent(period -> rows.add(
                            new ClosureRow(above.ancestorId(), organizationId, above.depth() + 1, period)));
                }
            }
        }
        inProgress.remove(organizationId);
        List<ClosureRow> coalesced = coalesce(rows);
        memo.put(organizationId, coalesced);
        return coalesced;
    }

    /** Joins back-to-back periods of the same ancestor at the same depth into one row. */
    static List<ClosureRow> coalesce(List<ClosureRow> rows) {
        Map<String, List<ClosureRow>> groups = new LinkedHashMap<>();
        for (ClosureRow row : rows) {
            groups.computeIfAbsent(row.ancestorId() + "/" + row.depth(), k -> new ArrayList<>()).add(row);
        }
        List<ClosureRow> result = new ArrayList<>();
        for (List<ClosureRow> group : groups.values()) {
            group.sort(Comparator.comparing(r -> r.period().from()));
            ClosureRow current = group.get(0);
            for (ClosureRow next : group.subList(1, group.size())) {
                if (!next.period().from().isAfter(current.period().to())) {
                    var end = next.period().to().isAfter(current.period().to()) ? next.period().to() : current.period().to();
                    current = new ClosureRow(current.ancestorId(), current.descendantId(), current.depth(),
                            new DatePeriod(current.period().from(), end));
                } else {
                    result.add(current);
                    current = next;
                }
            }
            result.add(current);
        }
        return result;
    }
}
