package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * The national ID number (CCCD): 12 digits; its 4th digit the gender and the century of birth,
 * its 5th and 6th the year — a number built from a person's gender and birth date never warns,
 * one digit changed there always does, and no text makes the parser fail otherwise than
 * with the validation error.
 */
class NationalIdPropertyTest {
    @Provide
    Arbitrary<LocalDate> birthDates() {
        return Dates.dates().between(LocalDate.of(1800, 1, 1), LocalDate.of(2299, 12, 31));
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofLength(6);
    }

    static String numberOf(String province, Gender gender, LocalDate birth, String serial) {
        int century = birth.getYear() / 100;
        int code = (century == 18 ? 8 : (century - 19) * 2) + (gender == Gender.FEMALE ? 1 : 0);
        return province + code + String.format("%02d", birth.getYear() % 100) + serial;
    }

    @Property
    void aNumberThatAgreesWithGenderAndBirthYearHasNoWarning(@ForAll("digits") String serial,
            @ForAll Gender gender, @ForAll("birthDates") LocalDate birth) {
        String number = numberOf("079", gender, birth, serial);
        assertThat(NationalIdCheck.wellFormed(number)).isTrue();
        assertThat(NationalIdCheck.warnings(number, gender, birth)).isEmpty();
    }

    @Property
    void theOtherGenderOrAnotherYearIsAlwaysWarned(@ForAll("digits") String serial, @ForAll Gender gender,
            @ForAll("birthDates") LocalDate birth) {
        String number = numberOf("001", gender, birth, serial);
        Gender other = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        assertThat(NationalIdCheck.warnings(number, other, birth)).extracting(NationalIdCheck.Warning::code)
                .containsExactly("NATIONAL_ID_GENDER");
        assertThat(NationalIdCheck.warnings(number, gender, birth.plusYears(1))).isNotEmpty();
    }

    @Property
    void theMaskShowsFourDigitsAndTheLastTwoOnly(@ForAll("digits") String serial, @ForAll Gender gender,
            @ForAll("birthDates") LocalDate birth) {
        String number = numberOf("079", gender, birth, serial);
        assertThat(NationalIdCheck.mask(number)).hasSize(12).startsWith(number.substring(0, 4))
                .endsWith(number.substring(10)).contains("******");
    }

    @Property
    void anyTextIsAcceptedAsTwelveDigitsOrRefusedWithTheField(@ForAll String typed) {
        PersonDetails details = new PersonDetails("Nguyễn Văn An", "01/01/1990", "MALE", typed, "01", "NONE", null,
                null, null, "ORG-1", null, null);
        Problems problems = new Problems("person");
        details.parse(DateInput.PAGE, problems, "");
        boolean twelveDigits = typed.strip().replace(" ", "").matches("[0-9]{12}");
        boolean blank = Problems.optional(typed) == null;
        assertThat(problems.has("nationalId")).isEqualTo(!twelveDigits && !blank);
    }

    @Property
    void aNumberWithSpacesBetweenGroupsIsTheSameNumber(@ForAll("digits") String serial, @ForAll Gender gender,
            @ForAll("birthDates") LocalDate birth) {
        String number = numberOf("079", gender, birth, serial);
        String spaced = number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
        Problems problems = new Problems("person");
        var parsed = new PersonDetails("Nguyễn Văn An", "01/01/1990", "MALE", spaced, "01", "NONE", null, null, null,
                "ORG-1", null, null).parse(DateInput.PAGE, problems, "");
        assertThat(problems.isEmpty()).isTrue();
        assertThat(parsed.nationalId()).isEqualTo(number);
    }
}
