package vn.ptdv.training.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/** The organization and period a class list or training report asks about, checked. */
@Component
class TrainingPeriods {
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    TrainingPeriods(OrganizationDirectory organizations, AccessScope scope) {
        this.organizations = organizations;
        this.scope = scope;
    }

    record Period(OrganizationRef organization, LocalDate from, LocalDate to, SubtreeSql subtree) {
    }

    /** The organization (the user's own by default) and the period (this year by default), ISO dates. */
    Period of(String organization, String from, String to) {
        Problems problems = new Problems("report");
        LocalDate start = problems.date("from", from, false, DateInput.API);
        LocalDate end = problems.date("to", to, false, DateInput.API);
        if (start != null && end != null && end.isBefore(start)) {
            problems.refuse("to", "report.period.reversed");
        }
        problems.throwIfAny();
        String code = Problems.optional(organization);
        OrganizationRef org = organizations.requireVisibleOrHome(code);
        LocalDate today = scope.today();
        LocalDate first = start == null ? today.withDayOfYear(1) : start;
        LocalDate last = end == null ? today.withDayOfYear(today.lengthOfYear()) : end;
        return new Period(org, first, last, SubtreeSql.of(List.of(org.id()), Structure.CURRENT, today));
    }
}
