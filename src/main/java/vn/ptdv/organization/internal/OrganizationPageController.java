package vn.ptdv.organization.internal;

import java.time.LocalDate;
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
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.internal.OrganizationForms.ChangeForm;
import vn.ptdv.organization.internal.OrganizationForms.CreateForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** Pages of the organization tree: browse and search, details, add, edit. */
@Controller
@RequestMapping("/organizations")
class OrganizationPageController {
    private final TreeReader reader;
    private final OrganizationService service;
    private final RestructuringHistory restructurings;
    private final AccessScope scope;
    private final OrganizationExport export;

    OrganizationPageController(TreeReader reader, OrganizationService service, RestructuringHistory restructurings,
            AccessScope scope, OrganizationExport export) {
        this.export = export;
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
            List<TreeNode> found = reader.search(scope.rootIds(), query, scope.today(), TreeReader.SEARCH_LIMIT);
            model.addAttribute("results", found);
            model.addAttribute("paths", reader.ancestorNames(found.stream().map(TreeNode::id).toList(),
                    scope.today()));
            model.addAttribute("limit", TreeReader.SEARCH_LIMIT);
        } else {
            List<TreeNode> roots = reader.nodes(scope.rootIds(), scope.today());
            model.addAttribute("roots", roots);
            model.addAttribute("rootChildren", roots.stream()
                    .collect(Collectors.toMap(TreeNode::id, root -> reader.childNodes(root.id(), scope.today()))));
        }
        return "organization/tree";
    }

    /** Children of a node, loaded when the user opens it in the tree. */
    @GetMapping("/{code}/children")
    String children(@PathVariable String code, Model model) {
        OrganizationRow parent = service.requireRecord(code);
        model.addAttribute("nodes", reader.childNodes(parent.id(), scope.today()));
        return "organization/tree :: nodes";
    }

    /** How many suggestions an organization field offers at a time. */
    static final int SUGGESTIONS = 20;

    /**
     * Options for an organization field as the user types (whatever the field's name): organizations
     * of the scope with a word of the name, or the code, starting with what is typed, each with its
     * path so that same-named cells differ.
     */
    @GetMapping("/suggestions")
    String suggestions(@RequestParam Map<String, String> parameters, Model model) {
        String query = parameters.values().stream().map(Problems::optional).filter(Objects::nonNull).findFirst()
                .orElse(null);
        List<TreeNode> options = query == null || query.length() < 2 ? List.of()
                : reader.search(scope.rootIds(), query, scope.today(), SUGGESTIONS);
        model.addAttribute("options", options);
        model.addAttribute("paths", service.paths(options.stream().map(TreeNode::id).toList()));
        return "organization/suggestions :: options";
    }

    @GetMapping("/{code}")
    String details(@PathVariable String code, Model model) {
        OrganizationRow organization = service.requireRecord(code);
        List<TreeNode> path = reader.path(organization.id(), scope.today());
        model.addAttribute("organization", organization);
        model.addAttribute("path", path.stream().filter(node -> scope.canSee(node.id())).toList());
        TreeNode parent = path.size() < 2 ? null : path.get(path.size() - 2);
        model.addAttribute("parent", parent);
        // Above the user's scope the parent is named, not linked: its page would answer 404.
        model.addAttribute("parentVisible", parent != null && scope.canSee(parent.id()));
        model.addAttribute("children", reader.childNodes(organization.id(), scope.today()));
        model.addAttribute("history", reader.history(organization.id()));
        model.addAttribute("restructurings", restructurings.of(organization.id()));
        model.addAttribute("mayEdit", scope.mayEdit(organization.ref()) && !organization.ended());
        model.addAttribute("mayAdd", scope.mayAddUnder(organization.ref()) && !organization.ended()
                && !organization.type().allowedChildren().isEmpty());
        LocalDate today = scope.today();
        Exports.offer(model, "organizations", organization.id(), () -> export.table(organization, today));
        return "organization/details";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        OrganizationRow parentRow = null;
        if (parent != null) {
            parentRow = service.requireRecord(parent);
            scope.requireMayAddUnder(parentRow.ref());
        }
        model.addAttribute("form", CreateForm.under(parentRow));
        return "organization/create";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CreateForm form, BindingResult binding, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            OrganizationRow created = service.createRecord(form.parse(DateInput.PAGE));
            return Done.to(location(created), "org.created", created.name());
        }, () -> "organization/create");
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        OrganizationRow organization = service.requireRecord(code);
        scope.requireMayEdit(organization.ref());
        model.addAttribute("organization", organization);
        model.addAttribute("form", ChangeForm.of(organization));
        return "organization/edit";
    }

    @PostMapping("/{code}/edit")
    String edit(@PathVariable String code, @ModelAttribute("form") ChangeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRow organization = service.requireRecord(code);
        return FormSubmission.submit(binding, redirect, () -> {
            service.change(form.parse(organization.code(), DateInput.PAGE));
            return Done.to(location(organization), "org.updated", organization.code());
        }, () -> {
            model.addAttribute("organization", organization);
            return "organization/edit";
        });
    }

    static String location(OrganizationRow organization) {
        return "/organizations/" + UriUtils.encodePathSegment(organization.code(), "UTF-8");
    }
}
