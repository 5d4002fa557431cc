package vn.ptdv.shared;

import java.util.Collection;
import java.util.List;

/**
 * Published inside a transaction that changed facts the reports count (admissions, dossiers, the
 * pool, an organization's type), with the organizations those facts are registered to; the
 * reports' tallies follow before the transaction commits. A member record also names its person:
 * it decides whether the same person's decided dossier, registered to another cell, still counts.
 */
public record ReportedFactsChanged(Collection<Long> organizationIds, Collection<Long> personIds) {
    public ReportedFactsChanged {
        organizationIds = List.copyOf(organizationIds);
        personIds = List.copyOf(personIds);
    }

    public static ReportedFactsChanged of(long organizationId) {
        return new ReportedFactsChanged(List.of(organizationId), List.of());
    }

    /** A member record of the person, registered to the organization, was added or changed. */
    public static ReportedFactsChanged ofMember(long organizationId, long personId) {
        return new ReportedFactsChanged(List.of(organizationId), List.of(personId));
    }
}
