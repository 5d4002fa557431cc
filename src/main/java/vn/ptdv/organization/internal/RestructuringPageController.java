package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/**
 * The restructuring wizard: choose what happens to an organization, fill in the details, see what
 * will move (organizations, members…), confirm.
 */
@Controller
class RestructuringPageController {
    private final RestructuringService service;
    private final OrganizationService organizations;
    private final TreeReader reader;
    private final AccessScope scope;

    RestructuringPageController(RestructuringService service, OrganizationService organizations, TreeReader reader,
            AccessScope scope) {
        this.service = service;
        this.organizations = organizations;
        this.reader = reader;
        this.scope = scope;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("restructuringTypes", RestructuringType.values());
        model.addAttribute("organizationTypes", OrganizationType.values());
        model.addAttribute("cellKinds", CellKind.values());
    }

    @GetMapping("/restructurings/new")
    String start(@RequestParam String organization, @RequestParam(required = false) String type,
            @RequestParam(required = false) String effectiveDate, Model model) {
        OrganizationRow row = organizations.requireRecord(organization);
        scope.requireMayEdit(row.ref());
        RestructuringForm form = RestructuringForm.start(row.code(), type,
                effectiveDate == null ? VietnameseDates.format(scope.today()) : effectiveDate);
        return formView(row, form, model);
    }

    /** Checks the restructuring and shows what it will do; nothing is stored before the user confirms. */
    @PostMapping("/restructurings/preview")
    String preview(@ModelAttribute("form") RestructuringForm form, BindingResult binding, Model model) {
        OrganizationRow row = organizations.requireRecord(form.organizationCode());
        try {
            RestructuringService.Plan plan = service.plan(form.request().parse(DateInput.PAGE));
            model.addAttribute("organization", row);
            model.addAttribute("plan", plan);
            model.addAttribute("impacts", service.impacts(plan));
            return "organization/restructuring-preview";
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return formView(row, form, model);
        }
    }

    @PostMapping("/restructurings")
    String apply(@ModelAttribute("form") RestructuringForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRow row = organizations.requireRecord(form.organizationCode());
        return FormSubmission.submit(binding, redirect, () -> {
            service.apply(form.request().parse(DateInput.PAGE));
            return Done.to(OrganizationPageController.location(row), "restructuring.applied", row.name());
        }, () -> formView(row, form, model));
    }

    private String formView(OrganizationRow organization, RestructuringForm form, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        RestructuringType chosen = chosen(form.type());
        model.addAttribute("chosen", chosen);
        if (chosen == RestructuringType.SPLIT) {
            LocalDate date = parsed(form.effectiveDate());
            model.addAttribute("children", reader.childNodes(organization.id(), scope.today()));
            model.addAttribute("allocatable", service.allocatable(organization, date));
            model.addAttribute("rows", IntStream.rangeClosed(1, RestructuringForm.SPLIT_ROWS).boxed().toList());
        }
        return "organization/restructuring-form";
    }

    private LocalDate parsed(String text) {
        try {
            return DateInput.PAGE.parse(text);
        } catch (RuntimeException notADate) {
            return scope.today();
        }
    }

    /** The type the user chose, if it is one. */
    private static RestructuringType chosen(String value) {
        return Arrays.stream(RestructuringType.values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }
}
