package vn.ptdv.prospect;

import java.time.LocalDate;
import java.util.Set;

/**
 * A change of a pool entry; null values stay as they are. A new mentor ({@code mentorMemberId})
 * or none ({@code removeMentor}); a new status from a date ({@code status}); a note of the
 * prospect's progress, noted today. {@code version} is the entry as the user read it, if known.
 */
public record ChangeProspect(long prospectId, ProspectChannel channel, Set<ProspectCategory> categories,
        Long mentorMemberId, boolean removeMentor, StatusChange status, String note, Integer version) {

    public ChangeProspect {
        categories = categories == null ? null : Set.copyOf(categories);
    }

    /**
     * The prospect moves on to {@code to} on the date ({@code on}, today when null); leaving the
     * pool needs a reason.
     */
    public record StatusChange(ProspectStatus to, LocalDate on, String leftReason) {
    }

    /** Only a new status. */
    public static ChangeProspect status(long prospectId, ProspectStatus to, LocalDate on, String leftReason) {
        return new ChangeProspect(prospectId, null, null, null, false, new StatusChange(to, on, leftReason), null,
                null);
    }
}
