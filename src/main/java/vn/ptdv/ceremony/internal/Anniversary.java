package vn.ptdv.ceremony.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An anniversary of the calendar: a national one ({@code organizationId} null) or a local one set
 * by an organization for its subtree, recurring on its day and month every year from
 * {@code sinceYear} (the event's own year) on.
 */
record Anniversary(long id, Long organizationId, String organizationCode, String organizationName, String name,
        int day, int month, int sinceYear) {

    public boolean national() {
        return organizationId == null;
    }

    /** The day it falls on in the year, if it is kept that year (a 29 February only in leap years). */
    Optional<LocalDate> in(int year) {
        if (year < sinceYear) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Its occurrences from one day to another, both included, the earliest first. */
    List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        List<Occurrence> list = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            in(year).filter(d -> !d.isBefore(from) && !d.isAfter(to)).ifPresent(d -> list.add(new Occurrence(this, d)));
        }
        return list;
    }

    /** An anniversary on one day: the how-many-th year it marks. */
    record Occurrence(Anniversary anniversary, LocalDate date) {
        public int years() {
            return date.getYear() - anniversary.sinceYear();
        }
    }

    /** Whether the day and month make a calendar day (29 February is one, kept in leap years). */
    static boolean validDay(int day, int month) {
        return month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(2000, month, 1).lengthOfMonth();
    }
}
