package vn.ptdv.membership;

import java.time.LocalDate;

/** A person as other modules see them. */
public record PersonRef(long id, String fullName, LocalDate birthDate, Gender gender, String nationalId,
        String ethnicity, Religion religion, String generalEducation, long residenceOrganizationId) {

    public String maskedNationalId() {
        if (nationalId == null || nationalId.length() < 6) {
            return nationalId;
        }
        return nationalId.substring(0, 4) + "*".repeat(nationalId.length() - 6)
                + nationalId.substring(nationalId.length() - 2);
    }
}
