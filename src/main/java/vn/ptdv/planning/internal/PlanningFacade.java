package vn.ptdv.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class PlanningFacade {
    private final TermService terms;
    private final TargetService targets;
    private final DirectiveService directives;
    private final AssignmentService assignments;

    PlanningFacade(TermService terms, TargetService targets, DirectiveService directives,
            AssignmentService assignments) {
        this.terms = terms;
        this.targets = targets;
        this.directives = directives;
        this.assignments = assignments;
    }

    public void createTerm(String code, String name, LocalDate start, LocalDate end) {
        terms.create(new TermService.TermInput(code, name, start.toString(), end.toString()), DateInput.API);
    }

    public long createDirective(String numberSymbol, DirectiveType type, LocalDate issuedOn, String issuerCode,
            String title) {
        return directives.create(new DirectiveService.DirectiveInput(numberSymbol, type.name(), issuedOn.toString(),
                issuerCode, title), DateInput.API).id();
    }

    public void setTarget(String organizationCode, String termCode, Integer year, int admissions, Long directiveId) {
        targets.put(new TargetService.TargetInput(organizationCode, termCode, year, String.valueOf(admissions),
                directiveId, null));
    }

    public long assign(long memberId, String cellCode, AssignmentRole role, LocalDate from) {
        return assignments.create(new AssignmentService.AssignmentInput(memberId, cellCode, role.name(),
                from.toString(), null, null), DateInput.API).id();
    }

    public Optional<Term> term(String code) {
        return terms.find(code);
    }

    public Term resolveTerm(String code, LocalDate date) {
        return terms.resolve(code, date);
    }

    public List<Term> terms() {
        return terms.all();
    }

    public Map<Long, Integer> effectiveTargets(List<Long> organizationIds, String termCode, Integer year) {
        return targets.effective(organizationIds, termCode, year == null ? TargetService.WHOLE_TERM : year);
    }
}
