package vn.ptdv.shared;

import java.util.Collection;
import java.util.List;

/**
 * Published inside a transaction that changed facts the reports count (admissions, dossiers, the
 * pool, an organization's type), with the organizations those facts are registered to; the
 * reports' tallies follow before the transaction commits.
 */
public record ReportedFactsChanged(Collection<Long> organizationIds) {
    public ReportedFactsChanged {
        organizationIds = List.copyOf(organizationIds);
    }

    public static ReportedFactsChanged of(long organizationId) {
        return new ReportedFactsChanged(List.of(organizationId));
    }
}
