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

    /** Records a movement a user would record on the member's page. */
    @Transactional
    public void move(long memberId, MovementType type, LocalDate date, String toOrganizationCode) {
        membership.move(memberId, type, date, toOrganizationCode);
    }
}
