package vn.ptdv.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import vn.ptdv.exchange.Exports;
import vn.ptdv.shared.table.Table;
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
import vn.ptdv.planning.Term;
import vn.ptdv.planning.internal.PlanningForms.Allocation;
import vn.ptdv.planning.internal.PlanningForms.TargetRowForm;
import vn.ptdv.planning.internal.PlanningForms.TargetsForm;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/** The allocation of targets: an organization's and its children's, for a term or one of its years. */
@Controller
class TargetPageController {
    private final TermService terms;
    private final DirectiveService directives;
    private final TargetService targets;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;
    private final TargetImport kind;

    TargetPageController(TermService terms, DirectiveService directives, TargetService targets,
            OrganizationDirectory organizations, AccessScope scope, Messages messages, TargetImport kind) {
        this.kind = kind;
        this.terms = terms;
        this.directives = directives;
        this.targets = targets;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/planning/targets")
    String targets(@RequestParam(required = false) String organization, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer year, Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        Term t = terms.resolve(term, scope.today());
        Integer y = year != null && t.years().contains(year) ? year : null;
        List<OrganizationRef> organizationsShown = new ArrayList<>();
        organizationsShown.add(org);
        organizationsShown.addAll(organizations.childrenOn(org.id(), scope.today()));
        Map<Long, TargetRow> current = targets.ofOrganizations(organizationsShown.stream().map(OrganizationRef::id)
                .toList(), t.code(), TargetRow.yearOf(y));
        Long directiveId = null;
        List<TargetRowForm> rows = new ArrayList<>();
        for (OrganizationRef row : organizationsShown) {
            TargetRow existing = current.get(row.id());
            rows.add(new TargetRowForm(row.code(), row.name(),
                    existing == null ? null : String.valueOf(existing.admissions())));
            if (existing != null && existing.directiveId() != null && directiveId == null) {
                directiveId = existing.directiveId();
            }
        }
        model.addAttribute("form", new TargetsForm(t.code(), y, directiveId, rows));
        Exports.offer(model, "targets", org.id(), () -> table(org, t, y, rows));
        return targetsView(org, t, model);
    }

    @PostMapping("/planning/targets")
    String saveTargets(@RequestParam(required = false) String organization, @ModelAttribute("form") TargetsForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        // Refused before anything else, also when the table posted has no row to store.
        scope.requireWritable(org);
        Term t = terms.resolve(form.termCode(), scope.today());
        return FormSubmission.submit(binding, redirect, () -> {
            Allocation allocation = form.parse(t.code());
            List<TargetService.Warning> warnings = allocation.save(targets::setAll);
            return Done.to("/planning/targets?organization=" + org.code() + "&term=" + t.code()
                    + (form.year() == null ? "" : "&year=" + form.year()), "target.saved", allocation.targets().size())
                    .warning(warnings.stream().map(w -> messages.text(w.messageKey(), w.args().toArray())).toList());
        }, () -> targetsView(org, t, model));
    }

    /** The targets shown, in the columns of the targets import: exported and imported again, nothing changes. */
    private Table table(OrganizationRef org, Term term, Integer year, List<TargetRowForm> rows) {
        Table.Builder table = Table.builder(messages.text("target.title", org.name()), kind.sheetName())
                .caption(year == null ? term.name() : term.name() + " — " + year);
        kind.columns().forEach(c -> table.column(c.field().equals("termCode") || c.field().equals("organizationCode")
                ? Table.Column.text(c.header()) : Table.Column.integer(c.header())));
        for (TargetRowForm row : rows) {
            if (row.admissions() != null) {
                table.row(row.organizationCode(), term.code(), year, Integer.valueOf(row.admissions()));
            }
        }
        return table.build();
    }

    private String targetsView(OrganizationRef org, Term term, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all());
        model.addAttribute("directives", directives.recentFor(org));
        model.addAttribute("mayWrite", scope.user().role().canActForCommittee());
        return "planning/targets";
    }
}
