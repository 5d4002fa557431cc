package vn.ptdv.membership.internal;

import java.time.LocalDate;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.MovementType;

/** A membership with its person and the organization it was last counted in. */
record MemberRow(long id, long personId, String fullName, LocalDate birthDate, Gender gender, String nationalId,
        LocalDate admittedOn, long admittingOrganizationId, String admittingOrganizationName, LocalDate officialOn,
        String partyCardNumber, LocalDate endedOn, MovementType endReason, long organizationId, String organizationCode,
        String organizationName, int version) {

    public MemberStatus statusOn(LocalDate date) {
        return MemberStatus.on(date, officialOn, endedOn);
    }

    public boolean active() {
        return endedOn == null;
    }

    public String maskedNationalId() {
        return NationalIdCheck.mask(nationalId);
    }
}
