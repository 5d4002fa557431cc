package vn.ptdv.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    /** 1985, 2007 and 2030 are years where Vietnam (UTC+7) and China (UTC+8) celebrate on different days. */
    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
            "1985, 1985-01-21", "2007, 2007-02-17", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01",
            "2023, 2023-01-22", "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
            "2030, 2030-02-02"})
    void theLunarNewYearIsComputedForVietnamNotChina(int year, LocalDate newYear) {
        assertThat(LunarCalendar.newYear(year)).isEqualTo(newYear);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} falls on {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2023, 2023-04-29"})
    void theHungKingsCommemorationIsTheTenthDayOfTheThirdMonth(int year, LocalDate date) {
        assertThat(LunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(date);
    }

    @Test
    void solarDatesConvertBackToTheirLunarDates() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 10)))
                .isEqualTo(new LunarCalendar.LunarDate(2024, 1, 1, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9)))
                .isEqualTo(new LunarCalendar.LunarDate(2023, 12, 30, false));
        // 2023 had a leap second month (tháng 2 nhuận): 22/03/2023 to 19/04/2023.
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22)))
                .isEqualTo(new LunarCalendar.LunarDate(2023, 2, 1, true));
        assertThat(LunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toSolar(2023, 3, 1, false)).isEqualTo(LocalDate.of(2023, 4, 20));
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(17)) {
            LunarCalendar.LunarDate lunar = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth())).isEqualTo(d);
        }
    }
}
