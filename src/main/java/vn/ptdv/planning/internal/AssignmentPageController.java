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
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.internal.PlanningForms.AssignmentForm;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** The cadres assigned to cells of the organization's subtree, and an assignment made. */
@Controller
class AssignmentPageController {
    private final AssignmentService assignments;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    AssignmentPageController(AssignmentService assignments, Members members, OrganizationDirectory organizations,
            AccessScope scope) {
        this.assignments = assignments;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping("/planning/assignments")
    String assignments(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "0") int page, Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        model.addAttribute("form", AssignmentForm.blank(scope.today()));
        return assignmentsView(org, page, model);
    }

    @PostMapping("/planning/assignments")
    String createAssignment(@RequestParam(required = false) String organization,
            @ModelAttribute("form") AssignmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        return FormSubmission.submit(binding, redirect, () -> {
            AssignmentRow row = assignments.assignChecked(form.parse());
            return Done.to("/planning/assignments?organization=" + org.code(), "assignment.created", row.memberName(),
                    row.cellName());
        }, () -> assignmentsView(org, 0, model));
    }

    private String assignmentsView(OrganizationRef org, int page, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("roles", AssignmentRole.values());
        // A list to choose from where it stays short (a grassroots organization and below); a member's code above.
        boolean local = org.type().isGrassroots() || org.type().isCell()
                || org.type() == OrganizationType.PARTIAL_COMMITTEE;
        model.addAttribute("cadres", local ? members.officialChoicesUnder(org.id(), scope.today()) : List.of());
        model.addAttribute("assignments", assignments.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT,
                scope.today()), Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("today", scope.today());
        model.addAttribute("mayWrite", scope.user().role().canActForCommittee());
        return "planning/assignments";
    }
}
