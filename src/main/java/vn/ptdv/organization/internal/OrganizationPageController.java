package vn.ptdv.organization.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.internal.OrganizationForms.CreateForm;
import vn.ptdv.organization.internal.OrganizationForms.EditForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;

/** Pages of the organization tree: browse and search, details, add, edit, move. */
@Controller
@RequestMapping("/organizations")
class OrganizationPageController {
    private final OrganizationReader reader;
    private final OrganizationService service;
    private final RestructuringHistory restructurings;
    private final AccessScope scope;

    OrganizationPageController(OrganizationReader reader, OrganizationService service,
            RestructuringHistory restructurings, AccessScope scope) {
        this.reader = reader;
        this.service = service;
        this.restructurings = restructurings;
        this.scope = scope;
    }

    @ModelAttribute("organizationTypes")
    OrganizationType[] organizationTypes() {
        return OrganizationType.values();
    }

    @ModelAttribute("cellKinds")
    CellKind[] cellKinds() {
        return CellKind.values();
    }

    @GetMapping
    String tree(@RequestParam(required = false) String q, Model model) {
        String query = Problems.optional(q);
        model.addAttribute("q", query);
        if (query != null) {
            List<TreeNode> found = reader.search(query, scope.today());
            model.addAttribute("results", found);
            model.addAttribute("paths", reader.ancestorNames(found));
            model.addAttribute("limit", OrganizationReader.SEARCH_LIMIT);
        } else {
            List<TreeNode> roots = reader.scopeRoots();
            model.addAttribute("roots", roots);
            model.addAttribute("rootChildren", roots.stream()
                    .collect(Collectors.toMap(TreeNode::id, root -> reader.children(root.id()))));
        }
        return "organization/tree";
    }

    /** Children of a node, loaded when the user opens it in the tree. */
    @GetMapping("/{code}/children")
    String children(@PathVariable String code, Model model) {
        OrganizationRow parent = reader.requireVisible(code);
        model.addAttribute("nodes", reader.children(parent.id()));
        return "organization/tree :: nodes";
    }

    /** Options for an organization code field, as the user types. */
    @GetMapping("/suggestions")
    String suggestions(@RequestParam Map<String, String> parameters, Model model) {
        String query = parameters.values().stream().map(Problems::optional).filter(Objects::nonNull).findFirst()
                .orElse(null);
        model.addAttribute("options", query == null || query.length() < 2 ? List.of()
                : reader.search(query, scope.today()));
        return "organization/suggestions :: options";
    }

    @GetMapping("/{code}")
    String details(@PathVariable String code, Model model) {
        OrganizationRow organization = reader.requireVisible(code);
        model.addAttribute("organization", organization);
        model.addAttribute("path", reader.visiblePath(organization.id()));
        List<TreeNode> fullPath = reader.path(organization.id());
        model.addAttribute("parent", fullPath.size() < 2 ? null : fullPath.get(fullPath.size() - 2));
        model.addAttribute("children", reader.children(organization.id()));
        model.addAttribute("history", reader.history(organization));
        model.addAttribute("restructurings", restructurings.of(organization.id()));
        model.addAttribute("mayEdit", scope.mayEdit(organization.ref()) && !organization.ended());
        model.addAttribute("mayAdd", scope.mayAddUnder(organization.ref()) && !organization.ended()
                && !organization.type().allowedChildren().isEmpty());
        return "organization/details";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        CreateForm form = new CreateForm();
        if (parent != null) {
            OrganizationRow parentRow = reader.requireVisible(parent);
            scope.requireMayAddUnder(parentRow.ref());
            form.setParentCode(parentRow.code());
            parentRow.type().allowedChildren().stream().findFirst().ifPresent(t -> form.setType(t.name()));
        }
        model.addAttribute("form", form);
        return "organization/create";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CreateForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            OrganizationRow created = service.create(new NewOrganization(form.getCode(), form.getName(),
                    form.getType(), form.getCellKind(), form.getParentCode(), form.getEstablishedOn(),
                    DateInput.PAGE));
            redirect.addFlashAttribute("notice", "org.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {created.name()});
            return "redirect:/organizations/" + UriUtils.encodePathSegment(created.code(), "UTF-8");
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return "organization/create";
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        OrganizationRow organization = reader.requireVisible(code);
        scope.requireMayEdit(organization.ref());
        EditForm form = new EditForm();
        form.setName(organization.name());
        form.setType(organization.type().name());
        form.setCellKind(organization.cellKind() == null ? "" : organization.cellKind().name());
        form.setDelegatedAdmission(organization.delegatedAdmission());
        form.setVersion(organization.version());
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        return "organization/edit";
    }

    @PostMapping("/{code}/edit")
    String edit(@PathVariable String code, @ModelAttribute("form") EditForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRow organization = reader.requireVisible(code);
        try {
            service.change(code, new OrganizationChange(form.getName(), form.getType(),
                    form.getCellKind() == null ? "" : form.getCellKind(), form.isDelegatedAdmission(), null, null,
                    form.getVersion(), DateInput.PAGE));
            redirect.addFlashAttribute("notice", "org.updated");
            redirect.addFlashAttribute("noticeArgs", new Object[] {organization.code()});
            return "redirect:/organizations/" + UriUtils.encodePathSegment(code, "UTF-8");
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            model.addAttribute("organization", organization);
            return "organization/edit";
        }
    }

}
