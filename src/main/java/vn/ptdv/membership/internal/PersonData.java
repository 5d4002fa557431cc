package vn.ptdv.membership.internal;

import java.time.LocalDate;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;
import vn.ptdv.membership.Religion;

/** A person's data, checked and ready to store. */
record PersonData(String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
        Religion religion, String generalEducation, String qualification, String occupation,
        long residenceOrganizationId, String residenceAddress, String phone, OccupationCategory occupationCategory,
        ProfessionalLevel professionalLevel, PoliticalTheoryLevel politicalTheory, Boolean youthUnionMember) {
}
