package vn.ptdv.membership.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewMember;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class MembershipFacade {
    private final MemberService members;

    MembershipFacade(MemberService members) {
        this.members = members;
    }

    public long register(NewMember m) {
        PersonInput person = new PersonInput(m.fullName(), iso(m.birthDate()), m.gender().name(), m.nationalId(),
                m.ethnicity(), m.religion().name(), m.generalEducation(), null, m.occupation(), m.cellCode(), null,
                null);
        return members.register(new MemberInput(null, person, m.cellCode(), iso(m.admittedOn()), null, null,
                iso(m.officialOn()), null, null), DateInput.API).member().id();
    }

    public void move(long memberId, MovementType type, LocalDate date, String toOrganizationCode) {
        members.move(memberId, new MovementInput(type.name(), iso(date), toOrganizationCode, null, null, null),
                DateInput.API);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
