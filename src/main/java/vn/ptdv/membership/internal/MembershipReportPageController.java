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
import vn.ptdv.exchange.Exports;
import vn.ptdv.membership.AgeBand;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MembershipCounts;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.shared.BarChart;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/** The counts page: an organization's members on a date by either structure, and its children's. */
@Controller
class MembershipReportPageController {
    private final MembershipReports reports;
    private final MembershipQueries queries;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    MembershipReportPageController(MembershipReports reports, MembershipQueries queries,
            OrganizationDirectory organizations, AccessScope scope, Messages messages) {
        this.messages = messages;
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
        model.addAttribute("charts", charts(report.counts()));
        model.addAttribute("children", children);
        model.addAttribute("dateText", VietnameseDates.format(question.date()));
        MembershipPageModel.choices(model);
        Exports.offer(model, "membership-counts", question.organization().id(),
                () -> table(question, report.counts(), children));
        return "membership/report";
    }

    /** The breakdowns as the page draws them: gender, age band, ethnic minority, religion (those held). */
    private List<BarChart> charts(MembershipCounts counts) {
        List<BarChart.Bar> genders = new ArrayList<>();
        for (Gender g : Gender.values()) {
            genders.add(new BarChart.Bar(messages.text(g.messageKey()), counts.byGender().getOrDefault(g, 0L)));
        }
        List<BarChart.Bar> ages = new ArrayList<>();
        for (AgeBand a : AgeBand.values()) {
            ages.add(new BarChart.Bar(messages.text(a.messageKey()), counts.byAgeBand().getOrDefault(a, 0L)));
        }
        List<BarChart.Bar> ethnicities = List.of(
                new BarChart.Bar(messages.text("ethnicity.01"), counts.total() - counts.ethnicMinority()),
                new BarChart.Bar(messages.text("report.membership.minority"), counts.ethnicMinority()));
        List<BarChart.Bar> religions = new ArrayList<>();
        for (Religion r : Religion.values()) {
            long count = counts.byReligion().getOrDefault(r, 0L);
            if (count > 0) {
                religions.add(new BarChart.Bar(messages.text(r.messageKey()), count));
            }
        }
        return List.of(new BarChart("chart-gender", messages.text("report.membership.byGender"), genders),
                new BarChart("chart-age", messages.text("report.membership.byAge"), ages),
                new BarChart("chart-ethnicity", messages.text("report.membership.byEthnicity"), ethnicities),
                new BarChart("chart-religion", messages.text("report.membership.byReligion"), religions));
    }

    /** The page as its export writes it: a line per organization under it and the total, then the breakdowns. */
    private Table table(MembershipReports.Question question, MembershipCounts counts, List<ChildLine> children) {
        Table.Builder table = Table.builder(messages.text("report.membership.heading", question.organizationName(),
                VietnameseDates.format(question.date())), messages.text("report.membership.sheet"))
                .caption(messages.text(question.structure().messageKey()))
                .column(Table.Column.text(messages.text("org.field.name")))
                .column(Table.Column.text(messages.text("report.export.code")))
                .column(Table.Column.integer(messages.text("report.membership.total")))
                .column(Table.Column.integer(messages.text("memberStatus.OFFICIAL")))
                .column(Table.Column.integer(messages.text("memberStatus.PROBATIONARY")));
        for (ChildLine child : children) {
            table.row(child.name(), child.organization().code(), child.totals().total(), child.totals().official(),
                    child.totals().probationary());
        }
        table.row(messages.text("report.export.total", question.organizationName()), question.organization().code(),
                counts.total(), counts.official(), counts.probationary());
        for (Gender g : Gender.values()) {
            table.row(messages.text(g.messageKey()), null, counts.byGender().getOrDefault(g, 0L), null, null);
        }
        for (AgeBand a : AgeBand.values()) {
            table.row(messages.text(a.messageKey()), null, counts.byAgeBand().getOrDefault(a, 0L), null, null);
        }
        table.row(messages.text("report.membership.minority"), null, counts.ethnicMinority(), null, null);
        for (Religion r : Religion.values()) {
            table.row(messages.text(r.messageKey()), null, counts.byReligion().getOrDefault(r, 0L), null, null);
        }
        return table.build();
    }
}
