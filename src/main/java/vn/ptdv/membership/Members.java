package vn.ptdv.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ptdv.membership.internal.MembershipFacade;

/** What other modules ask about party members. */
@Service
public class Members {
    private final MembershipFacade membership;

    Members(MembershipFacade membership) {
        this.membership = membership;
    }

    /** A member as other modules see them: who, and where counted on the date asked. */
    public record MemberRef(long id, long personId, String fullName, LocalDate admittedOn, LocalDate officialOn,
            LocalDate endedOn, long organizationId) {

        public boolean officialOn(LocalDate date) {
            return officialOn != null && !date.isBefore(officialOn) && (endedOn == null || date.isBefore(endedOn));
        }
    }

    /** How an earlier membership ended: the first day out of the Party and why. */
    public record EndedMembership(LocalDate endedOn, MovementType reason) {
    }

    /** How the person's last ended membership ended, if they were a member before. */
    public Optional<EndedMembership> lastEnded(long personId) {
        return membership.lastEnded(personId);
    }

    /** The member and the organization they were counted in on the date, if they were a member then. */
    public Optional<MemberRef> onDate(long memberId, LocalDate date) {
        return membership.memberOn(memberId, date);
    }

    /** Official members counted under the organization (its subtree) on the date, by given name: mentors to choose from. */
    public List<MemberRef> officialUnder(long organizationId, LocalDate date) {
        return membership.officialUnder(organizationId, date);
    }

    /** Whether the person is a party member on the date. */
    public boolean isMember(long personId, LocalDate date) {
        return membership.isMember(personId, date);
    }
}
