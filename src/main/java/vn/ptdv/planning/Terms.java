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

    /** Every term, the latest first. */
    public List<Term> all() {
        return planning.terms();
    }

    /** The term the date falls in (the latest starting one if terms overlap on a handover day). */
    public Optional<Term> containing(LocalDate date) {
        return all().stream().filter(t -> t.contains(date)).findFirst();
    }
}
