package vn.ptdv.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other modules ask about party members. */
public interface Members {

    /** A member as other modules see them: who, and where counted on the date asked. */
    record MemberRef(long id, long personId, String fullName, LocalDate admittedOn, LocalDate officialOn,
            LocalDate endedOn, long organizationId) {

        public boolean officialOn(LocalDate date) {
            return officialOn != null && !date.isBefore(officialOn) && (endedOn == null || date.isBefore(endedOn));
        }
    }

    /**
     * A member offered in a picker (a mentor, an introducer, a cadre), with what tells namesakes
     * apart: the year of birth, the cell with its path ("Chi bộ Khu phố 4 — P. Tân Thành"), official
     * or probationary. Never the national ID.
     */
    record MemberChoice(long id, String fullName, Integer birthYear, String cellPath, MemberStatus status) {
    }

    /** How an earlier membership ended: the first day out of the Party and why. */
    record EndedMembership(LocalDate endedOn, MovementType reason) {
    }

    /** How the person's last ended membership ended, if they were a member before. */
    Optional<EndedMembership> lastEnded(long personId);

    /** The member and the organization they were counted in on the date, if they were a member then. */
    Optional<MemberRef> onDate(long memberId, LocalDate date);

    /** Official members counted under the organization (its subtree) on the date, by given name: mentors to choose from. */
    List<MemberRef> officialUnder(long organizationId, LocalDate date);

    /** {@link #officialUnder} as a picker offers them: with birth year, cell path and status. */
    List<MemberChoice> officialChoicesUnder(long organizationId, LocalDate date);

    /** Whether the person is a party member on the date. */
    boolean isMember(long personId, LocalDate date);
}
