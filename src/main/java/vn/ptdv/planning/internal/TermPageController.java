package vn.ptdv.planning.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.internal.PlanningForms.TermForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** The page of the terms of office: the list, and a term added by an administrator or the department. */
@Controller
class TermPageController {
    private final TermService terms;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    TermPageController(TermService terms, OrganizationDirectory organizations, AccessScope scope) {
        this.terms = terms;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping("/planning/terms")
    String terms(Model model) {
        model.addAttribute("form", TermForm.blank());
        return termsView(model);
    }

    @PostMapping("/planning/terms")
    String createTerm(@ModelAttribute("form") TermForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        terms.requireManager();
        return FormSubmission.submit(binding, redirect, () -> {
            Term term = terms.create(form.parse(DateInput.PAGE));
            return Done.to("/planning/terms", "term.created", term.name());
        }, () -> termsView(model));
    }

    private String termsView(Model model) {
        model.addAttribute("terms", terms.all());
        model.addAttribute("homeCode", scope.defaultOrganizationId().flatMap(organizations::findById)
                .map(OrganizationRef::code).orElse(""));
        model.addAttribute("mayManage", TermService.mayManage(scope.user().role()));
        return "planning/terms";
    }
}
