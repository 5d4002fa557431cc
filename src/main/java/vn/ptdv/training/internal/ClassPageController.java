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
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.training.Certificates;
import vn.ptdv.training.ClassCandidates;
import vn.ptdv.training.internal.ClassForms.ClassForm;
import vn.ptdv.training.internal.ClassForms.EnrollForm;
import vn.ptdv.training.internal.ClassForms.ResultsForm;
import vn.ptdv.training.internal.ClassForms.Row;

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

    ClassPageController(ClassService classes, ClassStore store, TrainingPeriods periods,
            List<ClassCandidates> candidates, Certificates certificates, OrganizationDirectory organizations,
            AccessScope scope) {
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
            @RequestParam(defaultValue = "0") int page, Model model) {
        int chosen = year == null || year < 1930 || year > 2999 ? scope.today().getYear() : year;
        TrainingPeriods.Period period = periods.of(organization, chosen + "-01-01", chosen + "-12-31");
        model.addAttribute("period", period);
        model.addAttribute("year", chosen);
        model.addAttribute("classes", store.page(period.subtree(), period.from(), period.to(), Math.max(page, 0),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("totals", store.totals(period.subtree(), period.from(), period.to()));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "training/classes";
    }

    @GetMapping("/classes/new")
    String createForm(@RequestParam(required = false) String organization, Model model) {
        OrganizationRef organizer = organizations.requireVisibleOrHome(organization);
        scope.requireWritable(organizer);
        ClassForm form = new ClassForm();
        form.setOrganizerCode(organizer.code());
        model.addAttribute("form", form);
        return "training/class-form";
    }

    @PostMapping("/classes/new")
    String create(@ModelAttribute("form") ClassForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            ClassRow row = classes.create(form.input(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "class.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.name()});
            return "redirect:/classes/" + row.id();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return "training/class-form";
        }
    }

    @GetMapping("/classes/{id}")
    String details(@PathVariable long id, Model model) {
        ClassRow row = classes.requireVisible(id);
        model.addAttribute("results", resultsOf(id));
        model.addAttribute("enroll", new EnrollForm());
        return detailsView(row, model);
    }

    @PostMapping("/classes/{id}/results")
    String saveResults(@PathVariable long id, @ModelAttribute("results") ResultsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            classes.updateResults(id, form.getParticipants().stream().map(r -> new ClassService.ResultInput(
                    r.getParticipantId(), r.isCompleted(), r.getCertificateNumber(), r.getCertificateDate(),
                    r.getVersion())).toList(), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "class.resultsSaved");
            return "redirect:/classes/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            model.addAttribute("enroll", new EnrollForm());
            return detailsView(classes.requireVisible(id), model);
        }
    }

    @PostMapping("/classes/{id}/enroll")
    String enroll(@PathVariable long id, @ModelAttribute("enroll") EnrollForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            int added = 0;
            if (form.getLines() != null && !form.getLines().isBlank()) {
                added += classes.addByNationalIds(id, form.getLines(), DateInput.PAGE);
            }
            for (Long personId : form.getPersonIds()) {
                classes.addParticipant(id, new ClassService.ParticipantInput(personId, null, false, null, null),
                        DateInput.PAGE);
                added++;
            }
            redirect.addFlashAttribute("notice", "class.enrolled");
            redirect.addFlashAttribute("noticeArgs", new Object[] {added});
            return "redirect:/classes/" + id;
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            model.addAttribute("results", resultsOf(id));
            return detailsView(classes.requireVisible(id), model);
        }
    }

    @PostMapping("/classes/{id}/participants/{participantId}/remove")
    String remove(@PathVariable long id, @PathVariable long participantId, RedirectAttributes redirect) {
        classes.removeParticipant(id, participantId);
        redirect.addFlashAttribute("notice", "class.participantRemoved");
        return "redirect:/classes/" + id;
    }

    @GetMapping("/classes/{id}/print")
    String print(@PathVariable long id, Model model) {
        model.addAttribute("cls", classes.requireVisible(id));
        model.addAttribute("participants", classes.participants(id));
        model.addAttribute("printedOn", scope.today());
        return "training/class-print";
    }

    private ResultsForm resultsOf(long id) {
        ResultsForm form = new ResultsForm();
        for (ParticipantRow p : classes.participants(id)) {
            Row row = new Row();
            row.setParticipantId(p.id());
            row.setFullName(p.fullName());
            row.setCompleted(p.completed());
            row.setCertificateNumber(p.certificateNumber());
            row.setCertificateDate(VietnameseDates.format(p.certificateDate()));
            row.setVersion(p.version());
            form.getParticipants().add(row);
        }
        return form;
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
