package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ptdv.membership.MovementType;

/** One recorded movement, with the names of the organizations it went from and to. */
record MovementRow(long id, long memberId, MovementType type, LocalDate date, String fromCode, String fromName,
        String toCode, String toName, String outsidePlace, String note, OffsetDateTime createdAt, String createdBy) {
}
