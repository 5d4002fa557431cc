package vn.ptdv.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Pages of planning: terms, directives, the allocation of targets, cell assignments. */
@Controller
class PlanningPageController {
    private final TermService terms;
    private final DirectiveService directives;
    private final TargetService targets;
    private final AssignmentService assignments;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    PlanningPageController(TermService terms, DirectiveService directives, TargetService targets,
            AssignmentService assignments, Members members, OrganizationDirectory organizations, AccessScope scope,
            Messages messages) {
        this.terms = terms;
        this.directives = directives;
        this.targets = targets;
        this.assignments = assignments;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    public static class TermForm {
        private String code;
        private String name;
        private String startDate;
        private String endDate;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStartDate() {
            return startDate;
        }

        public void setStartDate(String startDate) {
            this.startDate = startDate;
        }

        public String getEndDate() {
            return endDate;
        }

        public void setEndDate(String endDate) {
            this.endDate = endDate;
        }
    }

    public static class DirectiveForm {
        private String numberSymbol;
        private String type = DirectiveType.PLAN.name();
        private String issuedOn;
        private String issuerCode;
        private String title;

        public String getNumberSymbol() {
            return numberSymbol;
        }

        public void setNumberSymbol(String numberSymbol) {
            this.numberSymbol = numberSymbol;
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(String issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getIssuerCode() {
            return issuerCode;
        }

        public void setIssuerCode(String issuerCode) {
            this.issuerCode = issuerCode;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    /** A row of the allocation table: an organization and its target. */
    public static class TargetRowForm {
        private String organizationCode;
        private String name;
        private String admissions;

        public String getOrganizationCode() {
            return organizationCode;
        }

        public void setOrganizationCode(String organizationCode) {
            this.organizationCode = organizationCode;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAdmissions() {
            return admissions;
        }

        public void setAdmissions(String admissions) {
            this.admissions = admissions;
        }
    }

    public static class TargetsForm {
        private String termCode;
        private Integer year;
        private Long directiveId;
        private List<TargetRowForm> rows = new ArrayList<>();

        public String getTermCode() {
            return termCode;
        }

        public void setTermCode(String termCode) {
            this.termCode = termCode;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Long getDirectiveId() {
            return directiveId;
        }

        public void setDirectiveId(Long directiveId) {
            this.directiveId = directiveId;
        }

        public List<TargetRowForm> getRows() {
            return rows;
        }

        public void setRows(List<TargetRowForm> rows) {
            this.rows = rows;
        }
    }

    public static class AssignmentForm {
        private Long memberId;
        private String cellCode;
        private String role = AssignmentRole.SUPERVISE.name();
        private String from;
        private String to;

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public String getCellCode() {
            return cellCode;
        }

        public void setCellCode(String cellCode) {
            this.cellCode = cellCode;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    // --- terms --------------------------------------------------------------------------------

    @GetMapping("/planning/terms")
    String terms(Model model) {
        model.addAttribute("form", new TermForm());
        return termsView(model);
    }

    @PostMapping("/planning/terms")
    String createTerm(@ModelAttribute("form") TermForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            Term term = terms.create(new TermService.TermInput(form.getCode(), form.getName(), form.getStartDate(),
                    form.getEndDate()), DateInput.PAGE);
            redirect.addFlashAttribute("notice", "term.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {term.name()});
            return "redirect:/planning/terms";
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return termsView(model);
        }
    }

    private String termsView(Model model) {
        model.addAttribute("terms", terms.all());
        model.addAttribute("homeCode", scope.defaultOrganizationId().flatMap(organizations::findById)
                .map(OrganizationRef::code).orElse(""));
        model.addAttribute("mayManage", TermService.mayManage(scope.user().role()));
        return "planning/terms";
    }

    // --- directives ---------------------------------------------------------------------------

    @GetMapping("/planning/directives")
    String directives(@RequestParam(required = false) String organization, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganizationRef org = organization(organization);
        DirectiveForm form = new DirectiveForm();
        form.setIssuerCode(org.code());
        model.addAttribute("form", form);
        return directivesView(org, page, model);
    }

    @PostMapping("/planning/directives")
    String createDirective(@RequestParam(required = false) String organization,
            @ModelAttribute("form") DirectiveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRef org = organization(organization);
        try {
            DirectiveService.DirectiveRow row = directives.create(new DirectiveService.DirectiveInput(
                    form.getNumberSymbol(), form.getType(), form.getIssuedOn(), form.getIssuerCode(), form.getTitle()),
                    DateInput.PAGE);
            redirect.addFlashAttribute("notice", "directive.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.numberSymbol()});
            redirect.addFlashAttribute("warnings", row.warnings().stream().map(DirectiveService.Warning::message)
                    .toList());
            return "redirect:/planning/directives?organization=" + org.code();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return directivesView(org, 0, model);
        }
    }

    private String directivesView(OrganizationRef org, int page, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("types", DirectiveType.values());
        model.addAttribute("directives", directives.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT,
                scope.today()), Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "planning/directives";
    }

    // --- targets ------------------------------------------------------------------------------

    @GetMapping("/planning/targets")
    String targets(@RequestParam(required = false) String organization, @RequestParam(required = false) String term,
            @RequestParam(required = false) Integer year, Model model) {
        OrganizationRef org = organization(organization);
        Term t = term(term);
        TargetsForm form = new TargetsForm();
        form.setTermCode(t.code());
        form.setYear(year != null && t.years().contains(year) ? year : null);
        int y = form.getYear() == null ? TargetService.WHOLE_TERM : form.getYear();
        List<OrganizationRef> rows = new ArrayList<>();
        rows.add(org);
        rows.addAll(organizations.childrenOn(org.id(), scope.today()));
        Map<Long, TargetService.TargetRow> current = targets.ofOrganizations(rows.stream().map(OrganizationRef::id)
                .toList(), t.code(), y);
        for (OrganizationRef row : rows) {
            TargetRowForm r = new TargetRowForm();
            r.setOrganizationCode(row.code());
            r.setName(row.name());
            TargetService.TargetRow existing = current.get(row.id());
            r.setAdmissions(existing == null ? null : String.valueOf(existing.admissions()));
            if (existing != null && existing.directiveId() != null && form.getDirectiveId() == null) {
                form.setDirectiveId(existing.directiveId());
            }
            form.getRows().add(r);
        }
        model.addAttribute("form", form);
        return targetsView(org, t, model);
    }

    @PostMapping("/planning/targets")
    String saveTargets(@RequestParam(required = false) String organization, @ModelAttribute("form") TargetsForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        OrganizationRef org = organization(organization);
        Term t = term(form.getTermCode());
        List<TargetService.TargetInput> inputs = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            TargetRowForm row = form.getRows().get(i);
            if (Problems.optional(row.getAdmissions()) != null) {
                inputs.add(new TargetService.TargetInput(row.getOrganizationCode(), t.code(), form.getYear(),
                        row.getAdmissions(), form.getDirectiveId(), null));
                indexes.add(i);
            }
        }
        try {
            List<TargetService.Warning> warnings = targets.putAll(inputs);
            redirect.addFlashAttribute("notice", "target.saved");
            redirect.addFlashAttribute("noticeArgs", new Object[] {inputs.size()});
            redirect.addFlashAttribute("warnings", warnings.stream()
                    .map(w -> messages.text(w.messageKey(), w.args().toArray())).toList());
            return "redirect:/planning/targets?organization=" + org.code() + "&term=" + t.code()
                    + (form.getYear() == null ? "" : "&year=" + form.getYear());
        } catch (InvalidInputException refused) {
            // Rows were numbered among the filled ones: put each problem back on its row of the table.
            List<FieldProblem> problems = refused.problems().stream().map(p -> {
                String field = p.field();
                for (int k = 0; k < indexes.size(); k++) {
                    String prefix = "rows[" + k + "].";
                    if (field.startsWith(prefix)) {
                        String rest = field.substring(prefix.length());
                        field = "rows[" + indexes.get(k) + "]." + (rest.equals("organizationCode") ? "admissions" : rest);
                        break;
                    }
                }
                return new FieldProblem(field, p.labelKey(), p.messageKey(), p.args(), p.malformed());
            }).toList();
            FormErrors.reject(binding, new InvalidInputException(problems));
            return targetsView(org, t, model);
        }
    }

    private Term term(String code) {
        return terms.resolve(code, scope.today());
    }

    private String targetsView(OrganizationRef org, Term term, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all());
        model.addAttribute("directives", directives.recentFor(org));
        model.addAttribute("mayWrite", scope.user().role().canActForCommittee());
        return "planning/targets";
    }

    // --- assignments --------------------------------------------------------------------------

    @GetMapping("/planning/assignments")
    String assignments(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "0") int page, Model model) {
        OrganizationRef org = organization(organization);
        AssignmentForm form = new AssignmentForm();
        form.setFrom(VietnameseDates.format(scope.today()));
        model.addAttribute("form", form);
        return assignmentsView(org, page, model);
    }

    @PostMapping("/planning/assignments")
    String createAssignment(@RequestParam(required = false) String organization,
            @ModelAttribute("form") AssignmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganizationRef org = organization(organization);
        try {
            AssignmentService.AssignmentRow row = assignments.create(new AssignmentService.AssignmentInput(
                    form.getMemberId(), form.getCellCode(), form.getRole(), form.getFrom(), form.getTo(), null),
                    DateInput.PAGE);
            redirect.addFlashAttribute("notice", "assignment.created");
            redirect.addFlashAttribute("noticeArgs", new Object[] {row.memberName(), row.cellName()});
            return "redirect:/planning/assignments?organization=" + org.code();
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            return assignmentsView(org, 0, model);
        }
    }

    private String assignmentsView(OrganizationRef org, int page, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("roles", AssignmentRole.values());
        // A list to choose from where it stays short (a grassroots organization and below); a member's code above.
        boolean local = org.type().isGrassroots() || org.type().isCell()
                || org.type() == OrganizationType.PARTIAL_COMMITTEE;
        model.addAttribute("cadres", local ? members.officialUnder(org.id(), scope.today()) : List.of());
        model.addAttribute("assignments", assignments.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT,
                scope.today()), Math.max(page, 0), PageResult.DEFAULT_SIZE));
        model.addAttribute("today", scope.today());
        model.addAttribute("mayWrite", scope.user().role().canActForCommittee());
        return "planning/assignments";
    }
}
