package vn.ptdv.membership.internal;

import java.time.LocalDate;
import vn.ptdv.membership.AdmissionDates;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.MovementType;

/** A membership with its person and the organization it was last counted in. */
record MemberRow(long id, long personId, String fullName, LocalDate birthDate, Gender gender, String nationalId,
        LocalDate decidedOn, LocalDate admittedOn, AdmissionDates admissionDates, boolean admittedElsewhere, long admittingOrganizationId, String admittingOrganizationName, LocalDate officialOn,
        String partyCardNumber, LocalDate endedOn, MovementType endReason, long organizationId, String organizationCode,
        String organizationName, int version) {

    public MemberStatus statusOn(LocalDate date) {
        return MemberStatus.on(date, officialOn, endedOn);
    }

    /**
     * Party age on the date, in whole years: from the date in the admission decision, once the
     * member is official (a probationary member has none yet); time out of the Party is not kept
     * by ptdv, so a member re-admitted counts from the decision of this membership.
     */
    public Integer partyAgeOn(LocalDate date) {
        if (officialOn == null || date.isBefore(officialOn) || endedOn != null && !date.isBefore(endedOn)) {
            return null;
        }
        return java.time.Period.between(decidedOn, date).getYears();
    }

    public boolean active() {
        return endedOn == null;
    }

    public String maskedNationalId() {
        return NationalIdCheck.mask(nationalId);
    }
}
