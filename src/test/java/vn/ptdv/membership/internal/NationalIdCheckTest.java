package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.membership.Gender;

class NationalIdCheckTest {

    private static java.util.List<String> codes(String id, Gender gender, LocalDate birth) {
        return NationalIdCheck.warnings(id, gender, birth).stream().map(NationalIdCheck.Warning::code).toList();
    }

    @Test
    void aNumberThatAgreesWithGenderAndBirthYearHasNoWarning() {
        assertThat(codes("079085001234", Gender.MALE, LocalDate.of(1985, 5, 1))).isEmpty();
        assertThat(codes("001185001234", Gender.FEMALE, LocalDate.of(1985, 5, 1))).isEmpty();
        assertThat(codes("001205001234", Gender.MALE, LocalDate.of(2005, 1, 1))).isEmpty();
        assertThat(codes("001305001234", Gender.FEMALE, LocalDate.of(2005, 1, 1))).isEmpty();
    }

    @Test
    void aGenderDigitOfTheOtherGenderIsAWarning() {
        assertThat(codes("079185001234", Gender.MALE, LocalDate.of(1985, 5, 1))).containsExactly("NATIONAL_ID_GENDER");
    }

    @Test
    void aCenturyDigitOfAnotherCenturyIsAWarning() {
        assertThat(codes("079285001234", Gender.MALE, LocalDate.of(1985, 5, 1)))
                .containsExactly("NATIONAL_ID_CENTURY");
        assertThat(codes("079099001234", Gender.MALE, LocalDate.of(1999, 12, 31))).isEmpty();
        assertThat(codes("079000001234", Gender.MALE, LocalDate.of(2000, 1, 1)))
                .containsExactly("NATIONAL_ID_CENTURY");
    }

    @Test
    void birthYearDigitsThatDisagreeAreAWarning() {
        assertThat(codes("079084001234", Gender.MALE, LocalDate.of(1985, 5, 1))).containsExactly("NATIONAL_ID_YEAR");
        assertThat(codes("079186001234", Gender.MALE, LocalDate.of(1985, 5, 1)))
                .containsExactly("NATIONAL_ID_GENDER", "NATIONAL_ID_YEAR");
    }

    @Test
    void onlyTwelveDigitsAreANumber() {
        assertThat(NationalIdCheck.wellFormed("079085001234")).isTrue();
        assertThat(NationalIdCheck.wellFormed("07908500123")).isFalse();
        assertThat(NationalIdCheck.wellFormed("0790850012345")).isFalse();
        assertThat(NationalIdCheck.wellFormed("07908500123A")).isFalse();
    }

    @Test
    void listsShowOnlyTheFirstFourAndLastTwoDigits() {
        assertThat(NationalIdCheck.mask("079012345612")).isEqualTo("0790******12");
    }
}
