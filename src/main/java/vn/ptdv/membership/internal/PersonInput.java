package vn.ptdv.membership.internal;

/** A person as typed on a page or sent to the API. */
record PersonInput(String fullName, String birthDate, String gender, String nationalId, String ethnicity,
        String religion, String generalEducation, String qualification, String occupation,
        String residenceOrganizationCode, String residenceAddress, String phone) {
}
