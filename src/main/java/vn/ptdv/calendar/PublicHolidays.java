package vn.ptdv.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public holidays of a year by the Labour Code 2019, article 112, as a default where no official
 * schedule for the year has been entered: 1/1; five days of Tết (the last day of the lunar year
 * and the first four of the new one); the 10th day of the 3rd lunar month (Giỗ Tổ Hùng Vương);
 * 30/4; 1/5; 2/9 and the day before or after it that joins it to the weekend. A holiday falling
 * on a weekend is taken on the next working day. Each year the Government sets the exact days
 * (Tết in particular) and the make-up working days: those are entered as the official schedule.
 */
public final class PublicHolidays {
    private PublicHolidays() {
    }

    /** The days off of the year, with their message keys. */
    public static Map<LocalDate, String> byRule(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), "holiday.newYear");
        LocalDate tet = LunarCalendar.newYear(year);
        for (LocalDate d = tet.minusDays(1); d.isBefore(tet.plusDays(4)); d = d.plusDays(1)) {
            days.put(d, "holiday.tet");
        }
        days.put(LunarCalendar.toSolar(year, 3, 10, false), "holiday.hungKings");
        days.put(LocalDate.of(year, 4, 30), "holiday.reunification");
        days.put(LocalDate.of(year, 5, 1), "holiday.labour");
        LocalDate national = LocalDate.of(year, 9, 2);
        days.put(national, "holiday.national");
        DayOfWeek weekday = national.getDayOfWeek();
        boolean after = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
        days.put(after ? national.plusDays(1) : national.minusDays(1), "holiday.national");
        return compensated(days);
    }

    /** Holidays on a Saturday or Sunday move to the next day that is neither a weekend nor a holiday. */
    private static Map<LocalDate, String> compensated(Map<LocalDate, String> days) {
        Map<LocalDate, String> result = new TreeMap<>();
        for (Map.Entry<LocalDate, String> day : days.entrySet()) {
            if (!weekend(day.getKey())) {
                result.put(day.getKey(), day.getValue());
            }
        }
        for (Map.Entry<LocalDate, String> day : days.entrySet()) {
            if (weekend(day.getKey())) {
                LocalDate next = day.getKey();
                while (weekend(next) || result.containsKey(next)) {
                    next = next.plusDays(1);
                }
                result.put(next, day.getValue());
            }
        }
        return result;
    }

    public static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
