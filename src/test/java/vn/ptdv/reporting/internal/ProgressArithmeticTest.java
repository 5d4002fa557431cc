package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Formats;

/** Percentages with two decimals, half up, shown the Vietnamese way; quarters left in a period. */
class ProgressArithmeticTest {
    final Formats formats = new Formats();

    @Test
    void sevenOfNineIsSeventySevenPointSeventyEightPercent() {
        assertThat(ProgressReports.percent(7, 9)).hasToString("77.78");
        assertThat(formats.decimal(ProgressReports.percent(7, 9))).isEqualTo("77,78");
    }

    @Test
    void roundingIsHalfUpAtTheSecondDecimal() {
        assertThat(ProgressReports.percent(2, 3)).hasToString("66.67");
        assertThat(ProgressReports.percent(1, 3)).hasToString("33.33");
        assertThat(ProgressReports.percent(1, 8)).hasToString("12.50");
        assertThat(ProgressReports.percent(1, 16)).hasToString("6.25");
        assertThat(ProgressReports.percent(1, 200)).hasToString("0.50");
        assertThat(ProgressReports.percent(1, 400)).hasToString("0.25");
        assertThat(ProgressReports.percent(1, 800)).hasToString("0.13");
    }

    @Test
    void moreThanTheTargetIsMoreThanAHundredPercentAndNoTargetIsNoPercent() {
        assertThat(ProgressReports.percent(12, 10)).hasToString("120.00");
        assertThat(ProgressReports.percent(0, 10)).hasToString("0.00");
        assertThat(ProgressReports.percent(3, 0)).isNull();
        assertThat(ProgressReports.percent(3, null)).isNull();
    }

    @Test
    void theQuartersLeftCountTheCurrentOneWhileDaysOfItRemain() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2026, 1, 1), end)).isEqualTo(4);
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2026, 3, 30), end)).isEqualTo(4);
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2026, 3, 31), end)).isEqualTo(3);
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2026, 12, 30), end)).isEqualTo(1);
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2026, 12, 31), end)).isZero();
        assertThat(ProgressReports.quartersLeft(LocalDate.of(2027, 2, 1), end)).isZero();
    }
}
