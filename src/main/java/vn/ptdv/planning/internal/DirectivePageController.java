package vn.ptdv.planning.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.internal.PlanningForms.DirectiveForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** The page of the directives issued in the organization's subtree, and a directive recorded. */
@Controller
class DirectivePageController {
    private final DirectiveService directives;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    DirectivePageController(DirectiveService directives, OrganizationDirectory organizations, AccessScope scope) {
        this.directives = directives;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping("/planning/directives")
    String directives(@RequestParam(required = false) String organization, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        model.addAttribute("form", DirectiveForm.blank(org.code()));
        return directivesView(org, page, model);
    }

    @PostMapping("/planning/directives")
    String createDirective(@RequestParam(required = false) String organization,
            @ModelAttribute("form") DirectiveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        return FormSubmission.submit(binding, redirect, () -> {
            DirectiveRow row = directives.createChecked(form.parse(DateInput.PAGE));
            return Done.to("/planning/directives?organization=" + org.code(), "directive.created", row.numberSymbol())
                    .warning(row.warnings().stream().map(DirectiveRow.Warning::message).toList());
        }, () -> directivesView(org, 0, model));
    }

    private String directivesView(OrganizationRef org, int page, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("types", DirectiveType.values());
        model.addAttribute("directives", directives.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT,
                scope.today()), Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "planning/directives";
    }
}
