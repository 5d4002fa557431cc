package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ptdv.membership.Gender;

/**
 * The citizen identity number (CCCD): exactly 12 digits. Its 4th digit encodes gender and
 * century of birth (0/1: male/female born 1900–1999, 2/3: 2000–2099, 4/5: 2100–2199, 6/7:
 * 2200–2299, 8/9: 1800–1899) and its 5th and 6th digits the last two digits of the birth year.
 * A disagreement with the person's gender or birth date is a warning, not a refusal: the
 * card is what it is, and either record may be the wrong one.
 */
final class NationalIdCheck {
    static final Pattern FORMAT = Pattern.compile("\\d{12}");

    private NationalIdCheck() {
    }

    record Warning(String code, String messageKey, List<Object> args) {
    }

    static boolean wellFormed(String nationalId) {
        return nationalId != null && FORMAT.matcher(nationalId).matches();
    }

    /** Warnings for a well-formed number that disagrees with the gender or the birth date (the number masked in them). */
    static List<Warning> warnings(String nationalId, Gender gender, LocalDate birthDate) {
        List<Warning> warnings = new ArrayList<>();
        if (!wellFormed(nationalId)) {
            return warnings;
        }
        int code = nationalId.charAt(3) - '0';
        Gender encodedGender = code % 2 == 0 ? Gender.MALE : Gender.FEMALE;
        int encodedCentury = code >= 8 ? 1800 : 1900 + (code / 2) * 100;
        if (gender != null && gender != encodedGender) {
            warnings.add(new Warning("NATIONAL_ID_GENDER", "person.nationalId.genderMismatch",
                    List.of(mask(nationalId), String.valueOf(code))));
        }
        if (birthDate != null) {
            int year = birthDate.getYear();
            int century = (year / 100) * 100;
            if (century != encodedCentury) {
                warnings.add(new Warning("NATIONAL_ID_CENTURY", "person.nationalId.centuryMismatch",
                        List.of(mask(nationalId), String.valueOf(code), String.valueOf(year))));
            }
            String yearDigits = nationalId.substring(4, 6);
            if (!yearDigits.equals(String.format("%02d", year % 100))) {
                warnings.add(new Warning("NATIONAL_ID_YEAR", "person.nationalId.yearMismatch",
                        List.of(mask(nationalId), yearDigits, String.valueOf(year))));
            }
        }
        return warnings;
    }

    /** {@code 079012345612} → {@code 0790******12}. */
    static String mask(String nationalId) {
        if (nationalId == null || nationalId.length() < 6) {
            return nationalId;
        }
        return nationalId.substring(0, 4) + "*".repeat(nationalId.length() - 6)
                + nationalId.substring(nationalId.length() - 2);
    }
}
