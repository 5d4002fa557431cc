package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;

/**
 * The restructuring wizard: choose what happens to an organization, fill in the details, see what
 * will move (organizations, members…), confirm.
 */
@Controller
class RestructuringPageController {
    private final RestructuringService service;
    private final OrganizationReader reader;
    private final AccessScope scope;

    RestructuringPageController(RestructuringService service, OrganizationReader reader, AccessScope scope) {
        this.service = service;
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
        OrganizationRow row = reader.requireVisible(organization);
        scope.requireMayEdit(row.ref());
        RestructuringForm form = new RestructuringForm();
        form.setOrganizationCode(row.code());
        form.setType(type);
        form.setEffectiveDate(effectiveDate == null ? VietnameseDates.format(scope.today()) : effectiveDate);
        return formView(row, form, model);
    }

    @PostMapping("/restructurings/preview")
    String preview(@ModelAttribute("form") RestructuringForm form, BindingResult binding, Model model) {
        OrganizationRow row = reader.requireVisible(form.getOrganizationCode());
        try {
            RestructuringService.Plan plan = service.plan(form.request());
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
        OrganizationRow row = reader.requireVisible(form.getOrganizationCode());
        try {
            service.apply(form.request());
            redirect.addFlashAttribute("notice", "restructuring.applied");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.name()});
            return "redirect:/organizations/" + UriUtils.encodePathSegment(row.code(), "UTF-8");
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return formView(row, form, model);
        }
    }

    private String formView(OrganizationRow organization, RestructuringForm form, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        RestructuringType type = RestructuringType.valueOf(
                Problems.optional(form.getType()) == null || !isType(form.getType()) ? "RENAME" : form.getType());
        model.addAttribute("chosen", isType(form.getType()) ? type : null);
        if (type == RestructuringType.SPLIT) {
            LocalDate date = parsed(form.getEffectiveDate());
            model.addAttribute("children", reader.children(organization.id()));
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

    private static boolean isType(String value) {
        return value != null && List.of(RestructuringType.values()).stream().anyMatch(t -> t.name().equals(value));
    }
}
