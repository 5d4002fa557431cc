package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.reporting.internal.ReportForms.DutyQuestion;
import vn.ptdv.reporting.internal.ReportForms.ProgressQuestion;
import vn.ptdv.reporting.internal.ReportForms.StagnantQuestion;
import vn.ptdv.shared.Problems;

/**
 * Finds what a report is asked about, the same way for pages and the API: the organization in
 * the user's scope (the home one when none is named), the term named or the one the as-of date
 * falls in, a year of that term, the as-of date (today when none is given).
 */
@Component
class ReportQuestions {
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

    record Duty(OrganizationRef organization, int year) {
    }

    Progress progress(ProgressQuestion question) {
        LocalDate on = question.asOf() == null ? scope.today() : question.asOf();
        Term term = terms.resolve(question.termCode(), on);
        Integer year = question.year();
        if (year != null && !term.years().contains(year)) {
            new Problems("report").refuse("year", "target.year.outsideTerm", String.valueOf(year), term.name())
                    .throwIfAny();
        }
        return new Progress(organization(question.organizationCode()), term, year, on, question.sort());
    }

    Stagnant stagnant(StagnantQuestion question) {
        return new Stagnant(organization(question.organizationCode()), question.years(),
                question.asOf() == null ? scope.today() : question.asOf(), question.kind());
    }

    Duty duty(DutyQuestion question) {
        return new Duty(organization(question.organizationCode()),
                question.year() == null ? scope.today().getYear() : question.year());
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }
}
