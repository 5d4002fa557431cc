package vn.ptdv.planning;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ptdv.planning.internal.PlanningFacade;

/** Admission targets for other modules (the reports). */
@Service
public class Targets {
    private final PlanningFacade planning;

    Targets(PlanningFacade planning) {
        this.planning = planning;
    }

    /**
     * The admission target of each organization for the term ({@code year} null) or one of its
     * years, as today's structure sees it: its own target, or when it has none, the sum of the
     * targets of the organizations merged into it. Organizations without a target are absent.
     */
    public Map<Long, Integer> of(List<Long> organizationIds, String termCode, Integer year) {
        return planning.effectiveTargets(organizationIds, termCode, year);
    }
}
