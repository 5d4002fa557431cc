package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.membership.PersonalData.Activity;

/** Who is anonymized when: the day before, of and after the retention period ends. */
class RetentionTest {
    private final Retention fiveYears = new Retention(5);
    private final LocalDate lastDay = LocalDate.of(2021, 3, 10);

    @Test
    void someoneLastActiveFiveYearsAgoIsAnonymizedFromTheAnniversaryOn() {
        Activity quiet = new Activity(lastDay, false);
        assertThat(fiveYears.expired(quiet, LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(fiveYears.expired(quiet, LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(fiveYears.expired(quiet, LocalDate.of(2026, 3, 11))).isTrue();
    }

    @Test
    void someoneWithSomethingOpenIsNeverAnonymized() {
        assertThat(fiveYears.expired(new Activity(lastDay, true), LocalDate.of(2060, 1, 1))).isFalse();
    }

    @Test
    void theLatestActivityOfAllModulesCounts() {
        Activity merged = new Activity(lastDay, false).merge(new Activity(lastDay.plusYears(2), false));
        assertThat(merged.lastDay()).isEqualTo(lastDay.plusYears(2));
        assertThat(fiveYears.expired(merged, LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(new Activity(lastDay, false).merge(new Activity(lastDay.minusYears(1), true)).open()).isTrue();
    }

    @Test
    void someoneLastActiveOnTheTwentyNinthOfFebruaryIsAnonymizedOnTheTwentyEighthAndTheDatabaseBoundKeepsThem() {
        Activity leapDay = new Activity(LocalDate.of(2024, 2, 29), false);
        LocalDate ends = LocalDate.of(2029, 2, 28);
        assertThat(fiveYears.expired(leapDay, ends.minusDays(1))).isFalse();
        assertThat(fiveYears.expired(leapDay, ends)).isTrue();
        assertThat(leapDay.lastDay()).isBefore(fiveYears.activeBefore(ends));
    }

    @Test
    void theRetentionIsOneToAHundredYears() {
        assertThatThrownBy(() -> new Retention(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Retention(1).years()).isEqualTo(1);
    }
}
