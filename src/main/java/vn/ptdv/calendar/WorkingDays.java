package vn.ptdv.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Working days: not Saturday or Sunday, not a public holiday. Each year follows its official
 * schedule (days off and make-up working days, table {@code official_day}) when one has been
 * entered, and the Labour Code's rule otherwise. Deadlines "within N working days of a date"
 * end on the N-th working day after that date.
 */
@Service
public class WorkingDays {
    private final JdbcClient jdbc;

    public WorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One year's days off and make-up working days. */
    record Year(Set<LocalDate> daysOff, Set<LocalDate> workingWeekends) {
        boolean isWorkingDay(LocalDate date) {
            if (workingWeekends.contains(date)) {
                return true;
            }
            return !PublicHolidays.weekend(date) && !daysOff.contains(date);
        }
    }

    Year year(int year) {
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        jdbc.sql("SELECT the_date, day_off FROM official_day WHERE the_date BETWEEN :from AND :to")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query(rs -> {
                    LocalDate day = rs.getObject("the_date", LocalDate.class);
                    (rs.getBoolean("day_off") ? daysOff : working).add(day);
                });
        if (daysOff.isEmpty() && working.isEmpty()) {
            daysOff.addAll(PublicHolidays.byRule(year).keySet());
        }
        return new Year(daysOff, working);
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).isWorkingDay(date);
    }

    /** The n-th working day after the date (the date itself does not count). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Map<Integer, Year> years = new HashMap<>();
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (years.computeIfAbsent(day.getYear(), this::year).isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** How many working days lie after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Map<Integer, Year> years = new HashMap<>();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (years.computeIfAbsent(day.getYear(), this::year).isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
