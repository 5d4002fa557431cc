package vn.ptdv.ceremony.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnniversaryTest {
    private final Anniversary foundingDay = new Anniversary(1, null, null, null, "Ngày thành lập Đảng", 3, 2, 1930);

    @Test
    void anAnniversaryFallsOnItsDayEveryYearOfThePeriodFromItsOwnYearOn() {
        assertThat(foundingDay.occurrences(LocalDate.of(2026, 2, 3), LocalDate.of(2028, 2, 2)))
                .extracting(Anniversary.Occurrence::date)
                .containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2027, 2, 3));
        assertThat(foundingDay.occurrences(LocalDate.of(2026, 2, 4), LocalDate.of(2027, 2, 2))).isEmpty();
        assertThat(foundingDay.occurrences(LocalDate.of(1929, 1, 1), LocalDate.of(1930, 12, 31)))
                .extracting(Anniversary.Occurrence::years).containsExactly(0);
        assertThat(foundingDay.occurrences(LocalDate.of(2030, 2, 3), LocalDate.of(2030, 2, 3)))
                .extracting(Anniversary.Occurrence::years).containsExactly(100);
    }

    @Test
    void aTwentyNinthOfFebruaryIsKeptInLeapYearsOnly() {
        Anniversary leap = new Anniversary(2, 7L, "X", "X", "Ngày nhuận", 29, 2, 2000);
        assertThat(leap.occurrences(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)))
                .extracting(Anniversary.Occurrence::date).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(Anniversary.validDay(29, 2)).isTrue();
        assertThat(Anniversary.validDay(30, 2)).isFalse();
        assertThat(Anniversary.validDay(31, 4)).isFalse();
        assertThat(Anniversary.validDay(30, 4)).isTrue();
        assertThat(Anniversary.validDay(1, 13)).isFalse();
    }
}
