package vn.ptdv.membership.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.Exports;
import vn.ptdv.membership.internal.MembershipForms.MemberEditForm;
import vn.ptdv.membership.internal.MembershipForms.MemberForm;
import vn.ptdv.membership.internal.MembershipForms.MovementForm;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** Pages of party members: the list of a subtree on a date, a member with their movements, registering. */
@Controller
class MemberPageController {
    private final MemberService members;
    private final PersonService people;
    private final MembershipReports reports;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;
    private final MemberExport export;

    MemberPageController(MemberService members, PersonService people, MembershipReports reports,
            OrganizationDirectory organizations, AccessScope scope, Messages messages, MemberExport export) {
        this.export = export;
        this.members = members;
        this.people = people;
        this.reports = reports;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        MembershipPageModel.choices(model);
    }

    /** The user's own organization when the page names none. */
    private String defaultOrganization(String organization) {
        if (organization != null && !organization.isBlank()) {
            return organization.strip();
        }
        return scope.defaultOrganizationId().flatMap(organizations::findById).map(OrganizationRef::code).orElse(null);
    }

    @GetMapping("/members")
    String list(@RequestParam(required = false) String organization, @RequestParam(required = false) String date,
            @RequestParam(required = false) String structure, @RequestParam(required = false) String status,
            @RequestParam(required = false) String gender, @RequestParam(required = false) String ageBand,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        MembershipReports.Question question = reports.question(defaultOrganization(organization), date, structure,
                DateInput.PAGE);
        MembershipQueries.Filter filter = MemberApiController.filter(status, gender, ageBand, q);
        model.addAttribute("question", question);
        model.addAttribute("filter", filter);
        model.addAttribute("dateText", VietnameseDates.format(question.date()));
        PageResult<MemberListItem> members = reports.members(question, filter, Math.max(page, 0), PageResult.DEFAULT_SIZE);
        model.addAttribute("members", members);
        model.addAttribute("paths", organizations.paths(members.items().stream().map(MemberListItem::organizationId)
                .toList()));
        model.addAttribute("mayAdd", question.organization().type().isCell() && scope.user().role().canWrite());
        model.addAttribute("mayImport", scope.user().role().canWrite());
        // The list as the page shows it, with its filters: a workbook that the members import reads back.
        Exports.offer(model, "members", question.organization().id(), () -> export.table(question, filter));
        return "membership/members";
    }

    @GetMapping("/members/new")
    String createForm(@RequestParam(required = false) String organization,
            @RequestParam(required = false) Long personId, Model model) {
        String cellCode = null;
        if (organization != null) {
            OrganizationRef cell = organizations.requireVisible(organization);
            scope.requireWritable(cell);
            cellCode = cell.code();
        }
        Long person = personId == null ? null : people.requireVisible(personId).id();
        MemberForm form = MemberForm.blank(cellCode, person);
        model.addAttribute("form", form);
        return createView(form, model);
    }

    @PostMapping("/members/new")
    String create(@ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            MemberService.Registered registered = members.registerChecked(form.parse(DateInput.PAGE));
            return Done.to("/members/" + registered.member().id(), "member.registered",
                    registered.member().fullName()).warning(registered.warnings().stream()
                            .map(w -> messages.text(w.messageKey(), w.args().toArray())).toList());
        }, () -> createView(form, model));
    }

    private String createView(MemberForm form, Model model) {
        if (form.personId() != null) {
            model.addAttribute("person", people.requireVisible(form.personId()));
        }
        return "membership/member-form";
    }

    @GetMapping("/members/{id}")
    String details(@PathVariable long id, Model model) {
        MemberRow member = members.requireVisible(id);
        model.addAttribute("movementForm", MovementForm.blank(member.version()));
        model.addAttribute("editForm", MemberEditForm.of(member));
        return detailsView(member, model);
    }

    @PostMapping("/members/{id}/movements")
    String move(@PathVariable long id, @ModelAttribute("movementForm") MovementForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            MemberService.Moved moved = members.moveOrAsk(form.parse(id, DateInput.PAGE));
            if (moved.request() != null) {
                return Done.to("/transfer-requests/" + moved.request().id(), "transfer.requested",
                        moved.request().memberName(), moved.request().toCode());
            }
            return Done.to("/members/" + id, "member.moved", moved.member().fullName());
        }, () -> {
            MemberRow member = members.requireVisible(id);
            model.addAttribute("editForm", MemberEditForm.of(member));
            return detailsView(member, model);
        });
    }

    @PostMapping("/members/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("editForm") MemberEditForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            MemberRow member = members.update(form.parse(id, DateInput.PAGE));
            return Done.to("/members/" + id, "member.updated", member.fullName());
        }, () -> {
            MemberRow member = members.requireVisible(id);
            model.addAttribute("movementForm", MovementForm.blank(member.version()));
            return detailsView(member, model);
        });
    }

    private String detailsView(MemberRow member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("movements", members.movements(member.id()));
        model.addAttribute("today", scope.today());
        model.addAttribute("mayWrite", member.active() && scope.user().role().canWrite());
        return "membership/member";
    }
}
