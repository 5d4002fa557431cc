package vn.ptdv.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.planning.Term;

/** What the module's public API needs of its use cases. */
@Component
public class PlanningFacade {
    private final TermService terms;
    private final TargetService targets;

    PlanningFacade(TermService terms, TargetService targets) {
        this.terms = terms;
        this.targets = targets;
    }

    public Optional<Term> term(String code) {
        return terms.find(code);
    }

    public List<Term> terms() {
        return terms.all();
    }

    public Map<Long, Integer> effectiveTargets(List<Long> organizationIds, String termCode, Integer year) {
        return targets.effective(organizationIds, termCode, year == null ? TargetService.WHOLE_TERM : year);
    }
}
