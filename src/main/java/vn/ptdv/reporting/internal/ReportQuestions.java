package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/** Reads what a report is asked about — organization, term, year, as-of date — the same way for pages and the API. */
@Component
class ReportQuestions {
    static final int MAX_STAGNANT_YEARS = 20;

    private final OrganizationDirectory organizations;
    private final Terms terms;
    private final AccessScope scope;

    ReportQuestions(OrganizationDirectory organizations, Terms terms, AccessScope scope) {
        this.organizations = organizations;
        this.terms = terms;
        this.scope = scope;
    }

    record Progress(OrganizationRef organization, Term term, Integer year, LocalDate asOf,
            ProgressReports.Sort sort) {
    }

    record Stagnant(OrganizationRef organization, int years, LocalDate asOf, CellKind kind) {
    }

    OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    /** The term named, or the one the date falls in; not found when there is none. */
    Term term(String code, LocalDate asOf) {
        return terms.resolve(code, asOf);
    }

    Progress progress(String organization, String term, String year, String asOf, String sort, DateInput input) {
        Problems problems = new Problems("report");
        LocalDate day = problems.date("asOf", asOf, false, input);
        Integer y = year(problems, year);
        ProgressReports.Sort s = problems.oneOf("sort", upper(sort), ProgressReports.Sort.class, false);
        problems.throwIfAny();
        LocalDate on = day == null ? scope.today() : day;
        Term t = term(term, on);
        if (y != null && !t.years().contains(y)) {
            new Problems("report").refuse("year", "target.year.outsideTerm", String.valueOf(y), t.name()).throwIfAny();
        }
        return new Progress(organization(organization), t, y, on, s == null ? ProgressReports.Sort.TREE : s);
    }

    Stagnant stagnant(String organization, String years, String asOf, String kind, DateInput input) {
        Problems problems = new Problems("report");
        LocalDate day = problems.date("asOf", asOf, false, input);
        int n = 2;
        String text = Problems.optional(years);
        if (text != null) {
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_STAGNANT_YEARS) {
                problems.malformed("years", "validation.range", 1, MAX_STAGNANT_YEARS);
            } else {
                n = Integer.parseInt(text);
            }
        }
        CellKind k = problems.oneOf("kind", upper(kind), CellKind.class, false);
        problems.throwIfAny();
        return new Stagnant(organization(organization), n, day == null ? scope.today() : day, k);
    }

    int year(String year, int fallback) {
        Problems problems = new Problems("report");
        Integer y = year(problems, year);
        problems.throwIfAny();
        return y == null ? fallback : y;
    }

    private static Integer year(Problems problems, String year) {
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
