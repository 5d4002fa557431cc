package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.exchange.Exports;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.prospect.internal.ProspectForms.ProgressForm;
import vn.ptdv.prospect.internal.ProspectForms.ProspectForm;
import vn.ptdv.prospect.internal.ProspectForms.SurveyForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** Pages of the pool: the pool of an organization with its survey, a prospect, listing one, a survey. */
@Controller
class ProspectPageController {
    private final ProspectService prospects;
    private final SurveyService surveys;
    private final ProspectStore store;
    private final PoolReports reports;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final ProspectExport export;

    ProspectPageController(ProspectService prospects, SurveyService surveys, ProspectStore store, PoolReports reports,
            Members members, OrganizationDirectory organizations, AccessScope scope, ProspectExport export) {
        this.export = export;
        this.prospects = prospects;
        this.surveys = surveys;
        this.store = store;
        this.reports = reports;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", ProspectStatus.values());
        model.addAttribute("channels", ProspectChannel.values());
        model.addAttribute("categories", ProspectCategory.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("religions", Religion.values());
        model.addAttribute("ethnicities", Ethnicity.CODES);
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    @GetMapping("/prospects")
    String pool(@RequestParam(required = false) String organization, @RequestParam(required = false) String status,
            @RequestParam(required = false) String category, @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "false") boolean withoutMentor, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganizationRef org = organization(organization);
        LocalDate today = scope.today();
        ProspectStore.Filter filter = ProspectStore.Filter.parse(status, category, channel, withoutMentor, q);
        model.addAttribute("organization", org);
        model.addAttribute("filter", filter);
        model.addAttribute("report", reports.report(org, today));
        PageResult<ProspectRow> prospects = store.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT, today), today,
                filter, Math.max(page, 0), PageResult.DEFAULT_SIZE);
        model.addAttribute("prospects", prospects);
        model.addAttribute("paths", organizations.paths(prospects.items().stream().map(ProspectRow::organizationId)
                .toList()));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        Exports.offer(model, "prospects", org.id(), () -> export.table(org, today, filter));
        return "prospect/pool";
    }

    @GetMapping("/prospects/new")
    String createForm(@RequestParam(required = false) String organization, @RequestParam(required = false) Long personId,
            Model model) {
        OrganizationRef org = organization(organization);
        scope.requireWritable(org);
        model.addAttribute("form", ProspectForm.blank(org.code(), scope.today(), personId));
        return createView(org, model);
    }

    @PostMapping("/prospects/new")
    String create(@ModelAttribute("form") ProspectForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            ProspectRow row = prospects.listChecked(form.parse(DateInput.PAGE));
            return Done.to("/prospects/" + row.id(), "prospect.listed", row.fullName());
        }, () -> createView(organization(form.organizationCode()), model));
    }

    private String createView(OrganizationRef organization, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("mentors", mentorsFor(organization));
        return "prospect/prospect-form";
    }

    /** Official members of the organization's grassroots organization today. */
    private List<Members.MemberChoice> mentorsFor(OrganizationRef organization) {
        return organizations.grassrootsOf(organization.id(), scope.today())
                .map(g -> members.officialChoicesUnder(g.id(), scope.today())).orElse(List.of());
    }

    @GetMapping("/prospects/{id}")
    String details(@PathVariable long id, Model model) {
        ProspectRow row = prospects.requireVisible(id);
        model.addAttribute("form", ProgressForm.of(row, scope.today()));
        return detailsView(row, model);
    }

    @PostMapping("/prospects/{id}")
    String progress(@PathVariable long id, @ModelAttribute("form") ProgressForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            ProspectRow row = prospects.changeChecked(form.parse(id));
            return Done.to("/prospects/" + id, "prospect.updated", row.fullName());
        }, () -> detailsView(prospects.requireVisible(id), model));
    }

    private String detailsView(ProspectRow row, Model model) {
        OrganizationRef organization = organizations.findById(row.organizationId()).orElseThrow();
        model.addAttribute("prospect", row);
        model.addAttribute("notes", prospects.notes(row.id()));
        model.addAttribute("mentors", mentorsFor(organization));
        model.addAttribute("nextStatuses", row.status().next());
        model.addAttribute("mayWrite", row.active() && scope.user().role().canWrite());
        return "prospect/prospect";
    }

    @GetMapping("/prospects/surveys/new")
    String surveyForm(@RequestParam(required = false) String organization, Model model) {
        OrganizationRef org = organization(organization);
        scope.requireWritable(org);
        model.addAttribute("form", SurveyForm.blank(org.code(), scope.today()));
        model.addAttribute("organization", org);
        return "prospect/survey-form";
    }

    @PostMapping("/prospects/surveys/new")
    String survey(@ModelAttribute("form") SurveyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            surveys.record(form.parse(DateInput.PAGE));
            return Done.to("/prospects?organization=" + form.organizationCode(), "survey.recorded");
        }, () -> {
            model.addAttribute("organization", organization(form.organizationCode()));
            return "prospect/survey-form";
        });
    }
}
