package vn.ptdv.membership;

import java.time.LocalDate;

/**
 * What happened to a member on a date: a transfer to another cell of ptdv ({@code
 * toOrganizationCode}), a transfer out ({@code toOutside} names where), death, removal,
 * expulsion or leaving. {@code version} is the member record as the user read it, if known.
 */
public record RecordMovement(long memberId, MovementType type, LocalDate date, String toOrganizationCode,
        String toOutside, String note, Integer version) {
}
