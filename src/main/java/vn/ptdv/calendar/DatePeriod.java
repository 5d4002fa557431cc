package vn.ptdv.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A half-open period of days {@code [from, to)}: the day {@code to} is the first day outside.
 * An open period ends on {@link #OPEN_END}, which keeps the column not-null and indexable.
 */
public record DatePeriod(LocalDate from, LocalDate to) {
    public static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    public DatePeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty period " + from + " .. " + to);
        }
    }

    public static DatePeriod startingOn(LocalDate from) {
        return new DatePeriod(from, OPEN_END);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(to);
    }

    public boolean isOpen() {
        return to.equals(OPEN_END);
    }

    public Optional<DatePeriod> intersect(DatePeriod other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return start.isBefore(end) ? Optional.of(new DatePeriod(start, end)) : Optional.empty();
    }
}
