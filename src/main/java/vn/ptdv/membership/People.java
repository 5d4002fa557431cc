package vn.ptdv.membership;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ptdv.membership.internal.MembershipFacade;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * People for other modules: find one in the user's scope, or check and register a new one as
 * part of another record (a prospect, a class participant), reporting its problems with the
 * other record's.
 */
@Service
public class People {
    private final MembershipFacade membership;

    People(MembershipFacade membership) {
        this.membership = membership;
    }

    /** A person checked and ready to register; opaque to other modules. */
    public interface Checked {
    }

    /** The person if the signed-in user's scope covers them. */
    public Optional<PersonRef> findVisible(long id) {
        return membership.findVisiblePerson(id);
    }

    /**
     * The person, without a scope check: for a module that checked the user's scope on its own
     * record of the person (an admission dossier of a cell in scope).
     */
    public Optional<PersonRef> byId(long id) {
        return membership.personById(id);
    }

    /** The person with this national identity number, if the user's scope covers them. */
    public Optional<PersonRef> findVisibleByNationalId(String nationalId) {
        return membership.findVisiblePersonByNationalId(nationalId);
    }

    /** Checks a new person, adding problems under {@code fieldPrefix}; empty when something is wrong. */
    public Optional<Checked> check(PersonDetails details, DateInput dateInput, Problems problems, String fieldPrefix) {
        return membership.checkPerson(details, dateInput, problems, fieldPrefix);
    }

    public PersonRef register(Checked person) {
        return membership.registerPerson(person);
    }
}
