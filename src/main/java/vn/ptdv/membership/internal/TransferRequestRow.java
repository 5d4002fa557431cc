package vn.ptdv.membership.internal;

import java.time.LocalDate;

/**
 * A transfer of a member to a cell outside the sender's scope, asked and waiting for (or given)
 * the receiving side's answer. {@code toOrganizationId} and {@code toName} are those of the code
 * the sender typed, when such an organization existed; a page shows the name only to a caller
 * who sees that organization.
 */
record TransferRequestRow(long id, long memberId, String memberName, LocalDate memberBirthDate,
        long fromOrganizationId, String fromCode, String fromName, String toCode, Long toOrganizationId,
        String toName, LocalDate requestedOn, String note, TransferState state, String requestedBy,
        LocalDate decidedOn, String decidedBy, String reason) {
}
