package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.DossierForms.OpenForm;
import vn.ptdv.admission.internal.DossierForms.StepForm;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.RefusedByRulesException;

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

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) String organization, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean attention, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganizationRef org = organization(organization);
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
        return "admission/worklist";
    }

    @GetMapping("/dossiers/new")
    String openForm(@RequestParam(required = false) Long personId, @RequestParam(required = false) String organization,
            Model model) {
        OpenForm form = new OpenForm();
        form.setPersonId(personId);
        OrganizationRef org = organization(organization);
        scope.requireWritable(org);
        if (org.type().isCell()) {
            form.setCellCode(org.code());
        }
        model.addAttribute("form", form);
        return openView(form, model);
    }

    @PostMapping("/dossiers/new")
    String open(@ModelAttribute("form") OpenForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            Long personId = form.getPersonId();
            String nationalId = Problems.optional(form.getNationalId());
            if (personId == null && nationalId != null) {
                personId = people.findVisibleByNationalId(nationalId).map(PersonRef::id).orElse(null);
                if (personId == null) {
                    new Problems("dossier").refuse("nationalId", "dossier.nationalId.unknown", nationalId)
                            .throwIfAny();
                }
            } else if (personId == null) {
                new Problems("dossier").malformed("nationalId", "validation.required").throwIfAny();
            }
            DossierRow row = dossiers.open(personId, form.getCellCode());
            redirect.addFlashAttribute("notice", "dossier.opened");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.fullName()});
            return "redirect:/dossiers/" + row.id();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return openView(form, model);
        }
    }

    private String openView(OpenForm form, Model model) {
        PersonRef person = form.getPersonId() == null ? null : people.findVisible(form.getPersonId()).orElse(null);
        model.addAttribute("person", person);
        return "admission/open";
    }

    @GetMapping("/dossiers/{id}")
    String details(@PathVariable long id, @RequestParam(required = false) String step, Model model) {
        DossierViews.View view = views.view(id);
        StepForm form = new StepForm();
        StepCode chosen = chosenStep(view, step);
        if (chosen != null) {
            form.setStep(chosen.name());
        }
        form.setDate(VietnameseDates.format(scope.today()));
        model.addAttribute("form", form);
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
        try {
            dossiers.record(id, form.input(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "dossier.stepRecorded");
            redirect.addFlashAttribute("noticeArgs", new Object[] {messages.text("step." + form.getStep())});
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException refused) {
            reject(binding, refused, model);
            DossierViews.View view = views.view(id);
            return detailsView(view, chosenStep(view, form.getStep()), model);
        }
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

    private String detailsView(DossierViews.View view, StepCode chosen, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("row", view.row());
        model.addAttribute("chosen", chosen);
        model.addAttribute("fields", chosen == null ? Set.of() : StepParser.fieldsOf(chosen));
        model.addAttribute("introducerChoices", introducerChoices(view));
        model.addAttribute("unionTypes", List.of("YOUTH_UNION", "TRADE_UNION"));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "admission/dossier";
    }

    /** Official members of the cell's grassroots organization today: who may introduce. */
    private List<Members.MemberRef> introducerChoices(DossierViews.View view) {
        LocalDate today = scope.today();
        return members.officialUnder(view.loaded().chain().grassroots().id(), today);
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
        try {
            dossiers.correct(id, stepId, form.input(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "dossier.stepCorrected");
            redirect.addFlashAttribute("noticeArgs", new Object[] {messages.text("step." + form.getStep())});
            return "redirect:/dossiers/" + id;
        } catch (InvalidInputException refused) {
            reject(binding, refused, model);
            DossierViews.View view = views.view(id);
            return correctView(view, record(view, stepId), model);
        }
    }

    private static StepRecord record(DossierViews.View view, long stepId) {
        return view.history().stream().filter(r -> r.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.step.notFound",
                        String.valueOf(stepId)));
    }

    private String correctView(DossierViews.View view, StepRecord record, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("row", view.row());
        model.addAttribute("record", record);
        model.addAttribute("chosen", record.step());
        model.addAttribute("fields", StepParser.fieldsOf(record.step()));
        model.addAttribute("introducerChoices", introducerChoices(view));
        model.addAttribute("unionTypes", List.of("YOUTH_UNION", "TRADE_UNION"));
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

    /** Puts refused input on the form; a refusal by the rules also lists every violation with its article. */
    private void reject(BindingResult binding, InvalidInputException refused, Model model) {
        FormErrors.reject(binding, refused);
        if (refused instanceof RefusedByRulesException byRules) {
            model.addAttribute("refusal", byRules.violations().stream()
                    .map(v -> new ShownViolation(v.ruleId(), v.blocking(), messages.text(v.messageKey(),
                            v.argsArray()), messages.text(v.sourceKey())))
                    .toList());
        }
    }
}
