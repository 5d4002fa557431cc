package vn.ptdv.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @Test
    void showsDatesAsDayMonthYearWithLeadingZeros() {
        assertThat(VietnameseDates.format(LocalDate.of(1930, 2, 3))).isEqualTo("03/02/1930");
        assertThat(VietnameseDates.format(null)).isEmpty();
    }

    @Test
    void readsDayMonthYearAsTypedOnPages() {
        assertThat(VietnameseDates.parse("03/02/1930")).isEqualTo(LocalDate.of(1930, 2, 3));
        assertThat(VietnameseDates.parse(" 3/2/1930 ")).isEqualTo(LocalDate.of(1930, 2, 3));
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() {
        assertThat(VietnameseDates.parse("29/02/2024")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(VietnameseDates.parseIso("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesTheThirtyFirstOfFebruaryQuotingTheInputInsteadOfRollingOver() {
        assertThatThrownBy(() -> VietnameseDates.parse("31/02/2021"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("date.day");
                    assertThat(e.args()).containsExactly("31/02/2021", 2, 2021, 28);
                });
    }

    @Test
    void refusesTheLeapDayOfACommonYear() {
        assertThatThrownBy(() -> VietnameseDates.parse("29/02/2023"))
                .isInstanceOfSatisfying(InvalidDateException.class,
                        e -> assertThat(e.args()).containsExactly("29/02/2023", 2, 2023, 28));
        assertThatThrownBy(() -> VietnameseDates.parseIso("2023-02-29")).isInstanceOf(InvalidDateException.class);
    }

    @Test
    void refusesTheThirteenthMonth() {
        assertThatThrownBy(() -> VietnameseDates.parse("01/13/2024"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.messageKey()).isEqualTo("date.month"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2024/02/01", "1-2-2024", "01/02/24", "hôm nay", "01.02.2024"})
    void refusesWhatIsNotADateOnAPage(String input) {
        assertThatThrownBy(() -> VietnameseDates.parse(input))
                .isInstanceOfSatisfying(InvalidDateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("date.format.display"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/02/1930", "2024-2-1", "20240201", "2024-02-01T00:00"})
    void theApiAcceptsIsoDatesOnly(String input) {
        assertThatThrownBy(() -> VietnameseDates.parseIso(input))
                .isInstanceOfSatisfying(InvalidDateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("date.format.iso"));
    }

    @Test
    void refusesYearsOutsideTheRecordsOfLivingPeople() {
        assertThatThrownBy(() -> VietnameseDates.parseIso("1899-12-31"))
                .isInstanceOfSatisfying(InvalidDateException.class, e -> assertThat(e.messageKey()).isEqualTo("date.year"));
        assertThat(VietnameseDates.parseIso("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @Test
    void aPeriodContainsItsFirstDayButNotItsEnd() {
        DatePeriod period = new DatePeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
        assertThat(period.contains(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(period.contains(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(period.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void periodsThatOnlyTouchDoNotOverlap() {
        DatePeriod first = new DatePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1));
        DatePeriod second = DatePeriod.startingOn(LocalDate.of(2025, 7, 1));
        assertThat(first.intersect(second)).isEmpty();
        assertThat(second.intersect(new DatePeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 1))))
                .contains(new DatePeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1)));
    }
}
