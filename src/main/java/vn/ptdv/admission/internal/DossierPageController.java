package vn.ptdv.admission.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.admission.AdmissionForm;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.DossierForms.AnswerForm;
import vn.ptdv.admission.internal.DossierForms.OpenForm;
import vn.ptdv.admission.internal.DossierForms.StepForm;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** Pages of admission dossiers: the worklist, opening one, a dossier with its next step, corrections, the printout. */
@Controller
class DossierPageController {
    private final DossierService dossiers;
    private final DossierViews views;
    private final Worklist worklist;
    private final People people;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    DossierPageController(DossierService dossiers, DossierViews views, Worklist worklist, People people,
            Members members, OrganizationDirectory organizations, AccessScope scope, Messages messages) {
        this.dossiers = dossiers;
        this.views = views;
        this.worklist = worklist;
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    /** A violation as the page lists it: the rule, the message, the document and article. */
    record ShownViolation(String ruleId, boolean blocking, String message, String source) {
    }

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) String organization, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean attention, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        Problems problems = new Problems("dossier");
        DossierState s = problems.oneOf("state", Problems.optional(state), DossierState.class, false);
        problems.throwIfAny();
        model.addAttribute("organization", org);
        model.addAttribute("states", DossierState.values());
        model.addAttribute("state", s);
        model.addAttribute("attention", attention);
        model.addAttribute("summary", worklist.summary(org));
        model.addAttribute("dossiers", worklist.page(org, s, attention, Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        Exports.offer(model, "dossiers", org.id(), () -> worklist.table(org, s, attention));
        return "admission/worklist";
    }

    @GetMapping("/dossiers/new")
    String openForm(@RequestParam(required = false) Long personId, @RequestParam(required = false) String organization,
            Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        scope.requireWritable(org);
        OpenForm form = OpenForm.blank(personId, org.type().isCell() ? org.code() : null);
        model.addAttribute("form", form);
        return openView(form, model);
    }

    @PostMapping("/dossiers/new")
    String open(@ModelAttribute("form") OpenForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            DossierRow row = dossiers.open(form.parse(DateInput.PAGE));
            return Done.to("/dossiers/" + row.id(), "dossier.opened", row.fullName());
        }, () -> openView(form, model));
    }

    private String openView(OpenForm form, Model model) {
        PersonRef person = form.personId() == null ? null : people.findVisible(form.personId()).orElse(null);
        model.addAttribute("person", person);
        return "admission/open";
    }

    @GetMapping("/dossiers/{id}")
    String details(@PathVariable long id, @RequestParam(required = false) String step, Model model) {
        DossierViews.View view = views.view(id);
        StepCode chosen = chosenStep(view, step);
        model.addAttribute("form", StepForm.blank(chosen, scope.today()));
        return detailsView(view, chosen, model);
    }

    /** The person's latest dossier in the user's scope (from the pool's page). */
    @GetMapping("/dossiers/person/{personId}")
    String ofPerson(@PathVariable long personId) {
        return dossiers.ofPerson(personId).stream().findFirst().map(d -> "redirect:/dossiers/" + d.id())
                .orElseThrow(() -> new NotFoundException("dossier.ofPerson.none"));
    }

    @PostMapping("/dossiers/{id}/steps")
    String record(@PathVariable long id, @ModelAttribute("form") StepForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, listingViolations(model, () -> {
            RecordStep step = form.parse(DateInput.PAGE);
            dossiers.recordChecked(id, step);
            return Done.to("/dossiers/" + id, "dossier.stepRecorded", messages.text(step.step().messageKey()));
        }), () -> {
            DossierViews.View view = views.view(id);
            return detailsView(view, chosenStep(view, form.step()), model);
        });
    }

    @PostMapping("/dossiers/{id}/steps/{stepId}/answers")
    String answer(@PathVariable long id, @PathVariable long stepId, @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            dossiers.answer(id, form.parse(stepId));
            return Done.to("/dossiers/" + id, "dossier.answered", form.ruleId());
        }, () -> {
            DossierViews.View view = views.view(id);
            StepCode chosen = chosenStep(view, null);
            model.addAttribute("form", StepForm.blank(chosen, scope.today()));
            model.addAttribute("answeredStepId", stepId);
            return detailsView(view, chosen, model);
        });
    }

    private StepCode chosenStep(DossierViews.View view, String step) {
        if (step != null) {
            for (StepCode code : view.recordable()) {
                if (code.name().equals(step)) {
                    return code;
                }
            }
        }
        StepCode next = view.row().nextStep();
        return next != null && view.recordable().contains(next) ? next
                : view.recordable().stream().filter(s -> s != StepCode.STOPPED).findFirst().orElse(null);
    }

    /** A form the dossier's procedure issues; a draft while its step is not recorded. */
    record FormLink(AdmissionForm form, boolean draft) {
    }

    /** The forms of the "In / tải biểu mẫu" menu, as {@link AdmissionForm#offered} gives them. */
    static List<FormLink> forms(Dossier dossier) {
        return AdmissionForm.offered(dossier.sequence(), dossier::done, dossier.state().open()).stream()
                .map(f -> new FormLink(f, !dossier.done(f.step()))).toList();
    }

    private String detailsView(DossierViews.View view, StepCode chosen, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("row", view.row());
        model.addAttribute("forms", forms(view.dossier()));
        model.addAttribute("chosen", chosen);
        stepFields(view, chosen, chosen == null ? view.authority() : dossiers.ownerToday(view.loaded(), chosen), model);
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(null, null));
        }
        return "admission/dossier";
    }

    /**
     * What the form of the step shows: the fields the table gives it, the body that issues it (a
     * decision), and the choices of its lists.
     */
    private void stepFields(DossierViews.View view, StepCode chosen, OrganizationRef issuer, Model model) {
        model.addAttribute("fields", chosen == null ? List.of() : Procedure.fieldsOf(chosen));
        model.addAttribute("issuer", issuer);
        model.addAttribute("introducerChoices", introducerChoices(view));
        model.addAttribute("unionTypes", StepData.UnionType.values());
        model.addAttribute("leaveReasons", StepData.LeaveReason.values());
    }

    /** Official members of the cell's grassroots organization today: who may introduce. */
    private List<Members.MemberRef> introducerChoices(DossierViews.View view) {
        return members.officialUnder(view.loaded().chain().grassroots().id(), scope.today());
    }

    @GetMapping("/dossiers/{id}/steps/{stepId}/correct")
    String correctForm(@PathVariable long id, @PathVariable long stepId, Model model) {
        DossierViews.View view = views.view(id);
        StepRecord record = record(view, stepId);
        model.addAttribute("form", StepForm.of(record));
        return correctView(view, record, model);
    }

    @PostMapping("/dossiers/{id}/steps/{stepId}/correct")
    String correct(@PathVariable long id, @PathVariable long stepId, @ModelAttribute("form") StepForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, listingViolations(model, () -> {
            StepRecord original = record(views.view(id), stepId);
            dossiers.correct(id, form.parseCorrection(stepId, original.step(), DateInput.PAGE));
            return Done.to("/dossiers/" + id, "dossier.stepCorrected", messages.text(original.step().messageKey()));
        }), () -> {
            DossierViews.View view = views.view(id);
            return correctView(view, record(view, stepId), model);
        });
    }

    private static StepRecord record(DossierViews.View view, long stepId) {
        return view.history().stream().filter(r -> r.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.step.notFound", String.valueOf(stepId)));
    }

    private String correctView(DossierViews.View view, StepRecord record, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("row", view.row());
        model.addAttribute("record", record);
        model.addAttribute("chosen", record.step());
        stepFields(view, record.step(), dossiers.ownerOn(view.loaded(), view.kind(), record.step(), record.date())
                .orElse(view.authority()), model);
        return "admission/correct";
    }

    @GetMapping("/dossiers/{id}/print")
    String print(@PathVariable long id, Model model) {
        DossierViews.View view = views.view(id);
        model.addAttribute("view", view);
        model.addAttribute("row", view.row());
        model.addAttribute("today", scope.today());
        return "admission/print";
    }

    /** The work of a step's form; a refusal by the rules also lists every violation with its article on the page. */
    private Supplier<Done> listingViolations(Model model, Supplier<Done> work) {
        return () -> {
            try {
                return work.get();
            } catch (RefusedByRulesException byRules) {
                model.addAttribute("refusal", byRules.violations().stream()
                        .map(v -> new ShownViolation(v.ruleId(), v.blocking(), messages.text(v.messageKey(),
                                v.argsArray()), messages.text(v.sourceKey()))).toList());
                throw byRules;
            }
        };
    }
}
