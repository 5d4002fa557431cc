package vn.ptdv.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.support.IntegrationTest;

/**
 * Working days follow the official schedules of 2024, 2025 and 2026 (2026 as corrected after it
 * was first published), and the rule of the Labour Code in force in each other year.
 */
@IntegrationTest
class WorkingDaysTest {
    @Autowired
    WorkingDays days;

    @Test
    void tetTwentyTwentyFourWasOffFromTheEighthToTheFourteenthOfFebruary() {
        assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 7))).isTrue();
        for (int day = 8; day <= 14; day++) {
            assertThat(days.isWorkingDay(LocalDate.of(2024, 2, day))).as("2024-02-%d", day).isFalse();
        }
        assertThat(days.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    }

    @Test
    void theMakeUpSaturdayOfMayTwentyTwentyFourWasAWorkingDay() {
        assertThat(days.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2024, 5, 11))).isFalse();
    }

    @Test
    void tetTwentyTwentyFiveAndNationalDay() {
        assertThat(days.isWorkingDay(LocalDate.of(2025, 1, 24))).isTrue();
        for (int day = 27; day <= 31; day++) {
            assertThat(days.isWorkingDay(LocalDate.of(2025, 1, day))).isFalse();
        }
        assertThat(days.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
    }

    @Test
    void tetTwentyTwentySixRunsFromTheSixteenthToTheTwentiethOfFebruary() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        for (int day = 16; day <= 20; day++) {
            assertThat(days.isWorkingDay(LocalDate.of(2026, 2, day))).isFalse();
        }
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        // Giỗ Tổ falls on Sunday 26/04/2026 and is taken on Monday.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void twentyTwentySixAsCorrectedBridgesNewYearAndNationalDay() {
        // New Year: Friday 02/01 off, worked on Saturday 10/01 (văn bản 12729/VPCP-KGVX, 25/12/2025).
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 5))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 1, 17))).isFalse();
        // National Day: Saturday 29/08 to Wednesday 02/09, Monday 31/08 worked on Saturday 22/08.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 8, 21))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 8, 28))).isTrue();
        for (int day = 29; day <= 31; day++) {
            assertThat(days.isWorkingDay(LocalDate.of(2026, 8, day))).as("2026-08-%d", day).isFalse();
        }
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void aBackDatedDeadlineCountsTheHolidaysOfItsOwnYear() {
        // Tết 2010 (four days by the code of 1994, the weekend ones carried to 17 and 18/02): Friday 12/02
        // is followed by the working day Friday 19/02.
        assertThat(days.plusWorkingDays(LocalDate.of(2010, 2, 12), 1)).isEqualTo(LocalDate.of(2010, 2, 19));
        // 2/9/2016 (a Friday) was one day off: Thursday 01/09 plus one working day is Monday 05/09.
        assertThat(days.plusWorkingDays(LocalDate.of(2016, 9, 1), 1)).isEqualTo(LocalDate.of(2016, 9, 5));
        // 2/9/2022 came with Thursday 01/09: Wednesday 31/08 plus one working day is Monday 05/09.
        assertThat(days.plusWorkingDays(LocalDate.of(2022, 8, 31), 1)).isEqualTo(LocalDate.of(2022, 9, 5));
        // No Giỗ Tổ in 2006: Thursday 06/04 plus one working day is Friday 07/04 (10/3 lunar).
        assertThat(days.plusWorkingDays(LocalDate.of(2006, 4, 6), 1)).isEqualTo(LocalDate.of(2006, 4, 7));
    }

    @Test
    void deadlinesInWorkingDaysSkipWeekendsAndHolidays() {
        // The day itself does not count: one working day after Friday 24/01/2025 is Monday 03/02/2025.
        assertThat(days.plusWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(days.plusWorkingDays(LocalDate.of(2024, 10, 7), 5)).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(days.workingDaysBetween(LocalDate.of(2025, 1, 24), LocalDate.of(2025, 2, 3))).isEqualTo(1);
        // 21 working days left in January, 16 in February (Tết off), 21 in March: the 60th is Tuesday 02/04/2024.
        assertThat(days.plusWorkingDays(LocalDate.of(2024, 1, 2), 60)).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void aYearWithoutAnOfficialScheduleFollowsTheLabourCode() {
        // Tết 2027 is Saturday 06/02: the eve (Fri 05/02) and days 1-4, the weekend ones taken on Wed and Thu.
        assertThat(PublicHolidays.byRule(2027).keySet()).contains(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
        assertThat(days.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        // Giỗ Tổ 2027 is 16/04 (Friday); 2/9/2027 is a Thursday, joined by Friday 3/9.
        assertThat(days.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse();
        assertThat(days.isWorkingDay(LocalDate.of(2027, 9, 3))).isFalse();
    }
}
