package vn.ptdv.membership;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.membership.internal.MembershipFacade;

/** How other modules register members and record their movements. */
@Service
public class MemberRegistry {
    private final MembershipFacade membership;

    MemberRegistry(MembershipFacade membership) {
        this.membership = membership;
    }

    /** Registers a new person as a member of the cell; returns the membership's id. */
    @Transactional
    public long register(NewMember member) {
        return membership.register(member);
    }

    /**
     * Admits a person as a probationary member of the cell from the date (the ceremony), the
     * cell credited with the admission; returns the membership's id.
     */
    @Transactional
    public long admit(long personId, String cellCode, LocalDate admittedOn) {
        return membership.admit(personId, cellCode, admittedOn);
    }

    /** Records the day a probationary member became official (the end of the twelve months). */
    @Transactional
    public void recognize(long memberId, LocalDate officialOn) {
        membership.recognize(memberId, officialOn);
    }

    /** Moves the admission to another date (a corrected ceremony), while nothing else happened to the membership. */
    @Transactional
    public void correctAdmission(long memberId, LocalDate admittedOn) {
        membership.correctAdmission(memberId, admittedOn);
    }

    /** Records a movement a user would record on the member's page. */
    @Transactional
    public void move(long memberId, MovementType type, LocalDate date, String toOrganizationCode) {
        membership.move(memberId, type, date, toOrganizationCode);
    }
}
