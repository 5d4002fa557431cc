package vn.ptdv.training.internal;

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
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;
import vn.ptdv.training.Certificates;
import vn.ptdv.training.ClassCandidates;
import vn.ptdv.training.internal.ClassForms.ClassForm;
import vn.ptdv.training.internal.ClassForms.EnrollForm;
import vn.ptdv.training.internal.ClassForms.ResultsForm;

/** Pages of awareness classes: the list, a new class, the class with its result table, the printable list. */
@Controller
class ClassPageController {
    private final ClassService classes;
    private final ClassStore store;
    private final TrainingPeriods periods;
    private final List<ClassCandidates> candidates;
    private final Certificates certificates;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final ClassExport export;

    ClassPageController(ClassService classes, ClassStore store, TrainingPeriods periods,
            List<ClassCandidates> candidates, Certificates certificates, OrganizationDirectory organizations,
            AccessScope scope, ClassExport export) {
        this.export = export;
        this.classes = classes;
        this.store = store;
        this.periods = periods;
        this.candidates = candidates;
        this.certificates = certificates;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping("/classes")
    String list(@RequestParam(required = false) String organization, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String participant = SearchText.nameQuery(q);
        int chosen = year == null || year < 1930 || year > 2999 ? scope.today().getYear() : year;
        TrainingPeriods.Period period = periods.of(organization, chosen + "-01-01", chosen + "-12-31");
        model.addAttribute("period", period);
        model.addAttribute("year", chosen);
        model.addAttribute("q", participant);
        PageResult<ClassRow> listed = store.page(period.subtree(), period.from(), period.to(), participant,
                Math.max(page, 0), PageResult.DEFAULT_SIZE);
        model.addAttribute("classes", listed);
        model.addAttribute("paths", organizations.paths(listed.items().stream().map(ClassRow::organizerId).toList()));
        model.addAttribute("totals", store.totals(period.subtree(), period.from(), period.to()));
        model.addAttribute("attended", classes.attendedByOurPeople(period.from(), period.to()));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        Exports.offer(model, "classes", period.organization().id(), () -> export.classes(period, participant));
        return "training/classes";
    }

    @GetMapping("/classes/new")
    String createForm(@RequestParam(required = false) String organization, Model model) {
        OrganizationRef organizer = organizations.requireVisibleOrHome(organization);
        scope.requireWritable(organizer);
        model.addAttribute("form", ClassForm.blank(organizer.code()));
        return "training/class-form";
    }

    @PostMapping("/classes/new")
    String create(@ModelAttribute("form") ClassForm form, BindingResult binding, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            ClassRow row = classes.openChecked(form.parse(DateInput.PAGE));
            return Done.to("/classes/" + row.id(), "class.created", row.name());
        }, () -> "training/class-form");
    }

    @GetMapping("/classes/{id}")
    String details(@PathVariable long id, Model model) {
        ClassService.Shown shown = classes.requireShown(id);
        if (!shown.whole()) {
            // A class organized above the user's scope that their people attend: those people only, read-only.
            model.addAttribute("cls", shown.row());
            model.addAttribute("participants", shown.participants());
            model.addAttribute("validityMonths", certificates.validityMonths());
            model.addAttribute("mayWrite", false);
            model.addAttribute("organizerAbove", true);
            return "training/class";
        }
        ClassRow row = shown.row();
        model.addAttribute("results", ResultsForm.of(shown.participants()));
        model.addAttribute("enroll", EnrollForm.blank());
        Exports.offer(model, "class-participants", row.organizerId(), () -> export.participants(row));
        return detailsView(row, model);
    }

    @PostMapping("/classes/{id}/results")
    String saveResults(@PathVariable long id, @ModelAttribute("results") ResultsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            classes.record(form.parse(id, DateInput.PAGE));
            return Done.to("/classes/" + id, "class.resultsSaved");
        }, () -> {
            model.addAttribute("enroll", EnrollForm.blank());
            return detailsView(classes.requireVisible(id), model);
        });
    }

    @PostMapping("/classes/{id}/enroll")
    String enroll(@PathVariable long id, @ModelAttribute("enroll") EnrollForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            int added = classes.enroll(form.parse(id, DateInput.PAGE));
            return Done.to("/classes/" + id, "class.enrolled", added);
        }, () -> {
            model.addAttribute("results", ResultsForm.of(classes.participants(id)));
            return detailsView(classes.requireVisible(id), model);
        });
    }

    /** The remove button of a row submits the result table here: the row goes, what was typed elsewhere is not saved. */
    @PostMapping("/classes/{id}/participants/{participantId}/remove")
    String remove(@PathVariable long id, @PathVariable long participantId, @ModelAttribute("results") ResultsForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            classes.removeParticipant(id, participantId);
            return Done.to("/classes/" + id, "class.participantRemoved");
        }, () -> {
            model.addAttribute("enroll", EnrollForm.blank());
            return detailsView(classes.requireVisible(id), model);
        });
    }

    @GetMapping("/classes/{id}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("cls", classes.requireVisible(id));
        model.addAttribute("participants", classes.participants(id));
        model.addAttribute("printedOn", scope.today());
        return "training/class-print";
    }

    private String detailsView(ClassRow row, Model model) {
        OrganizationRef organizer = organizations.findById(row.organizerId()).orElseThrow();
        model.addAttribute("cls", row);
        model.addAttribute("participants", classes.participants(row.id()));
        model.addAttribute("candidates", candidates.stream().flatMap(c -> c.candidatesUnder(organizer).stream()).toList());
        model.addAttribute("validityMonths", certificates.validityMonths());
        model.addAttribute("mayWrite", scope.user().role().canWrite() && scope.canSee(organizer.id()));
        return "training/class";
    }
}
