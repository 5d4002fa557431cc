package vn.ptdv.membership;

/** A person as typed on a page or sent to the API (dates in the format of where they were typed). */
public record PersonDetails(String fullName, String birthDate, String gender, String nationalId, String ethnicity,
        String religion, String generalEducation, String qualification, String occupation,
        String residenceOrganizationCode, String residenceAddress, String phone) {
}
