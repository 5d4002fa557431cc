package vn.ptdv.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each year's official schedule (table {@code official_day}): the days off the Government
 * announced and the weekend days worked to make up for a bridge. A year without a schedule
 * follows the rule of the Labour Code in force that year; the first change of a year starts its
 * schedule from the rule.
 */
@Service
public class OfficialDays {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OfficialDays(JdbcClient jdbc, MessageSource messages, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
    }

    /** A day of a year's schedule: a day off, or a working weekend day. */
    public record Day(LocalDate date, boolean dayOff, String name, String source) {
    }

    /** The year's schedule as entered; empty when the year follows the rule. */
    public List<Day> ofYear(int year) {
        return jdbc.sql("""
                SELECT the_date, day_off, name, source FROM official_day
                WHERE the_date BETWEEN :from AND :to ORDER BY the_date
                """).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Day(rs.getObject("the_date", LocalDate.class), rs.getBoolean("day_off"),
                        rs.getString("name"), rs.getString("source")))
                .list();
    }

    /**
     * The public holidays of the year by the rule of the Labour Code in force (lunar holidays
     * computed), with their names and the code and article that set them.
     */
    public List<Day> byRule(int year) {
        return PublicHolidays.of(year).stream().map(h -> new Day(h.date(), true, text(h.nameKey()),
                text(h.law().sourceKey()))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, VIETNAMESE);
    }

    public Optional<Day> find(LocalDate date) {
        return ofYear(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst();
    }

    /** Adds or replaces a day; a year without a schedule starts one from the rule first. */
    @Transactional
    public void put(Day day) {
        startFromRule(day.date().getYear());
        jdbc.sql("DELETE FROM official_day WHERE the_date = :date").param("date", day.date()).update();
        jdbc.sql("INSERT INTO official_day (the_date, day_off, name, source) VALUES (:date, :off, :name, :source)")
                .param("date", day.date()).param("off", day.dayOff()).param("name", day.name())
                .param("source", day.source()).update();
        events.publishEvent(new OfficialDaysChanged(day.date().getYear()));
    }

    /** Removes a day from the year's schedule (a year without one starts from the rule first). */
    @Transactional
    public void remove(LocalDate date) {
        startFromRule(date.getYear());
        jdbc.sql("DELETE FROM official_day WHERE the_date = :date").param("date", date).update();
        events.publishEvent(new OfficialDaysChanged(date.getYear()));
    }

    private void startFromRule(int year) {
        if (ofYear(year).isEmpty()) {
            byRule(year).forEach(day -> jdbc.sql("""
                    INSERT INTO official_day (the_date, day_off, name, source) VALUES (:date, TRUE, :name, :source)
                    """).param("date", day.date()).param("name", day.name()).param("source", day.source()).update());
        }
    }
}
