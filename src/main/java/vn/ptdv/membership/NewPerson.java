package vn.ptdv.membership;

import java.time.LocalDate;

/**
 * A person to register or the corrected data of one, read from what was typed: the name in NFC,
 * the CCCD as its 12 digits (or null), the ethnicity by its two-digit code, the residence by the
 * code of the organization of the place they live.
 */
public record NewPerson(String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
        Religion religion, String generalEducation, String qualification, String occupation,
        String residenceOrganizationCode, String residenceAddress, String phone, OccupationCategory occupationCategory,
        ProfessionalLevel professionalLevel, PoliticalTheoryLevel politicalTheory, Boolean youthUnionMember) {

    /** A person without the statistics' coded fields (occupation group, levels, Youth Union: unknown). */
    public NewPerson(String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
            Religion religion, String generalEducation, String qualification, String occupation,
            String residenceOrganizationCode, String residenceAddress, String phone) {
        this(fullName, birthDate, gender, nationalId, ethnicity, religion, generalEducation, qualification, occupation,
                residenceOrganizationCode, residenceAddress, phone, null, null, null, null);
    }

    /** What a page shows in the person's fields, to correct them (dates as dd/MM/yyyy). */
    public PersonDetails details() {
        return new PersonDetails(fullName, vn.ptdv.calendar.VietnameseDates.format(birthDate), gender.name(),
                nationalId, ethnicity, religion.name(), generalEducation, qualification, occupation,
                residenceOrganizationCode, residenceAddress, phone, name(occupationCategory), name(professionalLevel),
                name(politicalTheory), youthUnionMember == null ? null : youthUnionMember.toString());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
