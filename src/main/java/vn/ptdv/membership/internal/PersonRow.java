package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;
import vn.ptdv.membership.Religion;

/** A person as stored, with the code and name of the organization of residence. */
record PersonRow(long id, String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
        Religion religion, String generalEducation, String qualification, String occupation,
        long residenceOrganizationId, String residenceOrganizationCode, String residenceOrganizationName,
        String residenceAddress, String phone, OccupationCategory occupationCategory,
        ProfessionalLevel professionalLevel, PoliticalTheoryLevel politicalTheory, Boolean youthUnionMember,
        int version, OffsetDateTime updatedAt, String updatedBy) {

    public String maskedNationalId() {
        return NationalIdCheck.mask(nationalId);
    }

    public String ethnicityKey() {
        return Ethnicity.messageKey(ethnicity);
    }
}
