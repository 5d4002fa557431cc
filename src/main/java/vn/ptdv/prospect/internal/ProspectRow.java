package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.Set;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;

/** A pool entry with the person, the organization, the mentor's and the introducing cadre's names. */
record ProspectRow(long id, long personId, String fullName, LocalDate birthDate, String nationalId,
        long organizationId, String organizationCode, String organizationName, LocalDate since,
        ProspectChannel channel, Set<ProspectCategory> categories, Long mentorMemberId, String mentorName,
        ProspectStatus status, LocalDate attendedOn, LocalDate appliedOn, LocalDate leftOn, String leftReason,
        int version, Long introducedByMemberId, String introducerName) {

    public boolean active() {
        return status != ProspectStatus.LEFT;
    }

    public String maskedNationalId() {
        if (nationalId == null || nationalId.length() < 6) {
            return nationalId;
        }
        return nationalId.substring(0, 4) + "*".repeat(nationalId.length() - 6)
                + nationalId.substring(nationalId.length() - 2);
    }

    /** The day of the latest milestone: no later change may predate it. */
    LocalDate lastMilestone() {
        LocalDate last = since;
        for (LocalDate d : new LocalDate[] {attendedOn, appliedOn, leftOn}) {
            if (d != null && d.isAfter(last)) {
                last = d;
            }
        }
        return last;
    }
}
