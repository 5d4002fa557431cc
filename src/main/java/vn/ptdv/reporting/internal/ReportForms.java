package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.Locale;
import vn.ptdv.organization.CellKind;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * What a report is asked, as typed in its page's query or the API's (every value text), and how
 * each is read into a typed question at the edge: organization and term by their codes (the
 * user's home and the current term when absent), a year, an as-of date (today when absent), an
 * order, a number of years, a kind of cell.
 */
final class ReportForms {
    static final int DEFAULT_STAGNANT_YEARS = 2;
    static final int MAX_STAGNANT_YEARS = 20;

    private ReportForms() {
    }

    /** Progress against the targets of the term or of one of its years, up to a day. */
    record ProgressQuestion(String organizationCode, String termCode, Integer year, LocalDate asOf,
            ProgressReports.Sort sort) {
    }

    /** Cells without an admission for some years up to a day, of one kind or all. */
    record StagnantQuestion(String organizationCode, int years, LocalDate asOf, CellKind kind) {
    }

    /** The duty of the cadres assigned to cells, in a year (this year when null). */
    record DutyQuestion(String organizationCode, Integer year) {
    }

    record ProgressForm(String organization, String term, String year, String asOf, String sort) {

        ProgressQuestion parse(DateInput dateInput) {
            Problems problems = new Problems("report");
            LocalDate day = problems.date("asOf", asOf, false, dateInput);
            Integer y = fourDigitYear(problems, year);
            ProgressReports.Sort order = problems.oneOf("sort", upper(sort), ProgressReports.Sort.class, false);
            problems.throwIfAny();
            return new ProgressQuestion(Problems.optional(organization), Problems.optional(term), y, day,
                    order == null ? ProgressReports.Sort.TREE : order);
        }
    }

    record StagnantForm(String organization, String years, String asOf, String kind) {

        StagnantQuestion parse(DateInput dateInput) {
            Problems problems = new Problems("report");
            LocalDate day = problems.date("asOf", asOf, false, dateInput);
            int n = DEFAULT_STAGNANT_YEARS;
            String text = Problems.optional(years);
            if (text != null) {
                if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1
                        || Integer.parseInt(text) > MAX_STAGNANT_YEARS) {
                    problems.malformed("years", "validation.range", 1, MAX_STAGNANT_YEARS);
                } else {
                    n = Integer.parseInt(text);
                }
            }
            CellKind k = problems.oneOf("kind", upper(kind), CellKind.class, false);
            problems.throwIfAny();
            return new StagnantQuestion(Problems.optional(organization), n, day, k);
        }
    }

    record DutyForm(String organization, String year) {

        DutyQuestion parse() {
            Problems problems = new Problems("report");
            Integer y = fourDigitYear(problems, year);
            problems.throwIfAny();
            return new DutyQuestion(Problems.optional(organization), y);
        }
    }

    /** A year as four digits, or null when absent. */
    private static Integer fourDigitYear(Problems problems, String year) {
        String text = Problems.optional(year);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{4}")) {
            problems.malformed("year", "report.year.format", text);
            return null;
        }
        return Integer.parseInt(text);
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
