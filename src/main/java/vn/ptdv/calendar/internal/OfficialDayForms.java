package vn.ptdv.calendar.internal;

import java.time.LocalDate;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/** What the page of days off and the API receive, as typed, and how each is read into its command. */
final class OfficialDayForms {
    static final int MAX_TEXT = 255;

    private OfficialDayForms() {
    }

    /** A day off, or a Saturday or Sunday worked to make up for a bridge. */
    enum DayKind {
        DAY_OFF,
        WORKING_DAY
    }

    /** A day to add to a year's schedule or to replace in it. */
    record SetDay(LocalDate date, DayKind kind, String name, String source) {
    }

    /** A day as typed: {@code kind} DAY_OFF or WORKING_DAY. */
    record DayForm(String date, String kind, String name, String source) {

        static DayForm blank() {
            return new DayForm(null, DayKind.DAY_OFF.name(), null, null);
        }

        SetDay parse(DateInput dateInput) {
            Problems problems = new Problems("holiday");
            LocalDate day = problems.date("date", date, true, dateInput);
            DayKind type = problems.oneOf("kind", kind, DayKind.class, true);
            String text = problems.maxLength("name", problems.required("name", name), MAX_TEXT);
            String from = problems.maxLength("source", Problems.optional(source), MAX_TEXT);
            problems.throwIfAny();
            return new SetDay(day, type, text, from);
        }
    }

    /** A day to take out of a year's schedule; {@code year} is the page to go back to. */
    record RemoveForm(String date, Integer year) {

        LocalDate parse(DateInput dateInput) {
            Problems problems = new Problems("holiday");
            LocalDate day = problems.date("date", date, true, dateInput);
            problems.throwIfAny();
            return day;
        }
    }
}
