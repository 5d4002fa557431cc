package vn.ptdv.membership;

import java.time.LocalDate;

/**
 * A person admitted to the Party, for other modules (an admission ceremony, the demo dataset):
 * the person's data and the membership's, checked with the same rules as the pages.
 */
public record NewMember(String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
        Religion religion, String generalEducation, String occupation, String cellCode, LocalDate admittedOn,
        LocalDate officialOn) {
}
