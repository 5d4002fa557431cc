package vn.ptdv.planning;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.planning.internal.PlanningFacade;

/** Recording plans as the signed-in user, with every check of the pages (for the demo dataset). */
@Service
public class Plans {
    private final PlanningFacade planning;

    Plans(PlanningFacade planning) {
        this.planning = planning;
    }

    @Transactional
    public void createTerm(String code, String name, LocalDate start, LocalDate end) {
        planning.createTerm(code, name, start, end);
    }

    /** Records a directive by its number and symbol; returns its id. */
    @Transactional
    public long createDirective(String numberSymbol, DirectiveType type, LocalDate issuedOn, String issuerCode,
            String title) {
        return planning.createDirective(numberSymbol, type, issuedOn, issuerCode, title);
    }

    /** Sets the admission target of an organization for the term ({@code year} null) or a year of it. */
    @Transactional
    public void setTarget(String organizationCode, String termCode, Integer year, int admissions, Long directiveId) {
        planning.setTarget(organizationCode, termCode, year, admissions, directiveId);
    }

    /** Assigns a member to a cell from the date; returns the assignment's id. */
    @Transactional
    public long assign(long memberId, String cellCode, AssignmentRole role, LocalDate from) {
        return planning.assign(memberId, cellCode, role, from);
    }
}
