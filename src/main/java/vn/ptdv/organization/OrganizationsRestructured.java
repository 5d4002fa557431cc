package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Published inside the restructuring's transaction, before it commits: organizations ceased on
 * {@code effectiveDate}, and whatever other modules attach to them must follow from that date.
 * A listener that cannot follow (a dissolved cell still has members, say) throws an
 * {@code InvalidInputException}, and nothing of the restructuring is stored.
 *
 * @param endedOrganizationIds organizations that cease on the effective date
 * @param takenOverBy for each ended organization, the one that takes over what remains in it
 *     (absent for a dissolution: nothing may remain)
 * @param memberAllocation for a split, members sent to a named target rather than the default one
 */
public record OrganizationsRestructured(long restructuringId, RestructuringType type, LocalDate effectiveDate,
        List<Long> endedOrganizationIds, Map<Long, Long> takenOverBy, Map<Long, Long> memberAllocation) {
}
