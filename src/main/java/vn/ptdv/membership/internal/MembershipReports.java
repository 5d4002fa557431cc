package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.MembershipCounts;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Member counts and lists of an organization's subtree on a date, by either structure. */
@Service
@Transactional(readOnly = true)
class MembershipReports {
    private final MembershipQueries queries;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    MembershipReports(MembershipQueries queries, OrganizationDirectory organizations, AccessScope scope) {
        this.queries = queries;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** What a report asks: the organization, the date, the structure, all checked. */
    record Question(OrganizationRef organization, String organizationName, LocalDate date, Structure structure,
            SubtreeSql subtree) {
    }

    record Report(Question question, MembershipCounts counts) {
    }

    Question question(String organizationCode, String dateText, String structureText, DateInput dateInput) {
        Problems problems = new Problems("report");
        String code = problems.required("organization", organizationCode);
        LocalDate date = problems.date("date", dateText, false, dateInput);
        Structure structure = problems.oneOf("structure",
                structureText == null ? null : structureText.strip().toUpperCase(java.util.Locale.ROOT),
                Structure.class, false);
        problems.throwIfAny();
        OrganizationRef organization = organizations.requireVisible(code);
        LocalDate day = date == null ? scope.today() : date;
        Structure chosen = structure == null ? Structure.CURRENT : structure;
        LocalDate structureDate = chosen == Structure.HISTORICAL ? day : scope.today();
        if (organizations.existence(organization.id()).stream().noneMatch(p -> p.contains(structureDate))) {
            problems.refuse(chosen == Structure.HISTORICAL ? "date" : "organization",
                    chosen == Structure.HISTORICAL ? "report.organization.notOnDate" : "report.organization.ended",
                    organization.name(), VietnameseDates.format(structureDate));
            problems.throwIfAny();
        }
        String name = organizations.nameOn(organization.id(), chosen == Structure.HISTORICAL ? day : scope.today());
        return new Question(organization, name, day, chosen,
                SubtreeSql.of(List.of(organization.id()), chosen, structureDate));
    }

    Report counts(Question question) {
        return new Report(question, queries.counts(question.subtree(), question.date()));
    }

    PageResult<MemberListItem> members(Question question, MembershipQueries.Filter filter, int page, int size) {
        return queries.members(question.subtree(), question.date(), filter, page, size);
    }
}
