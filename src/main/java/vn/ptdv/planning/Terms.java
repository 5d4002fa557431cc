package vn.ptdv.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ptdv.planning.internal.PlanningFacade;

/** Terms of office for other modules. */
@Service
public class Terms {
    private final PlanningFacade planning;

    Terms(PlanningFacade planning) {
        this.planning = planning;
    }

    public Optional<Term> find(String code) {
        return planning.term(code);
    }

    /**
     * The term asked about: the one with this code (not found otherwise), or when none is named,
     * the term the date falls in, else the latest; not found when there is none.
     */
    public Term resolve(String code, LocalDate date) {
        return planning.resolveTerm(code, date);
    }

    /** Every term, the latest first. */
    public List<Term> all() {
        return planning.terms();
    }

    /** The term the date falls in (the latest starting one if terms overlap on a handover day). */
    public Optional<Term> containing(LocalDate date) {
        return all().stream().filter(t -> t.contains(date)).findFirst();
    }
}
