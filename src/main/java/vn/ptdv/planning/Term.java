package vn.ptdv.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** A term of office (nhiệm kỳ), from its first day to its last day, both included. */
public record Term(String code, String name, LocalDate startDate, LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** The calendar years the term touches. */
    public List<Integer> years() {
        return IntStream.rangeClosed(startDate.getYear(), endDate.getYear()).boxed().toList();
    }

    /** The part of a year inside the term: its first day. */
    public LocalDate startOf(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.isBefore(startDate) ? startDate : first;
    }

    /** The part of a year inside the term: its last day. */
    public LocalDate endOf(int year) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return last.isAfter(endDate) ? endDate : last;
    }
}
