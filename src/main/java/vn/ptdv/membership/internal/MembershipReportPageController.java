package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.shared.DateInput;

/** The counts page: an organization's members on a date by either structure, and its children's. */
@Controller
class MembershipReportPageController {
    private final MembershipReports reports;
    private final MembershipQueries queries;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    MembershipReportPageController(MembershipReports reports, MembershipQueries queries,
            OrganizationDirectory organizations, AccessScope scope) {
        this.reports = reports;
        this.queries = queries;
        this.organizations = organizations;
        this.scope = scope;
    }

    record ChildLine(OrganizationRef organization, String name, MembershipQueries.Totals totals) {
    }

    @GetMapping("/reports/membership")
    String report(@RequestParam(required = false) String organization, @RequestParam(required = false) String date,
            @RequestParam(required = false) String structure, Model model) {
        String code = organization != null && !organization.isBlank() ? organization
                : scope.defaultOrganizationId().flatMap(organizations::findById).map(OrganizationRef::code).orElse(null);
        MembershipReports.Question question = reports.question(code, date, structure, DateInput.PAGE);
        MembershipReports.Report report = reports.counts(question);
        LocalDate structureDate = question.structure() == Structure.HISTORICAL ? question.date()
                : scope.today();
        List<OrganizationRef> childOrganizations = organizations.childrenOn(question.organization().id(), structureDate);
        Map<Long, MembershipQueries.Totals> totals = queries.totalsBySubtree(
                childOrganizations.stream().map(OrganizationRef::id).toList(), question.structure(), structureDate,
                question.date());
        List<ChildLine> children = new ArrayList<>();
        for (OrganizationRef child : childOrganizations) {
            children.add(new ChildLine(child, organizations.nameOn(child.id(), structureDate),
                    totals.getOrDefault(child.id(), new MembershipQueries.Totals(0, 0))));
        }
        model.addAttribute("question", question);
        model.addAttribute("counts", report.counts());
        model.addAttribute("children", children);
        model.addAttribute("dateText", VietnameseDates.format(question.date()));
        MembershipPageModel.choices(model);
        return "membership/report";
    }
}
