package vn.ptdv.membership;

import java.util.Optional;
import vn.ptdv.shared.Problems;

/**
 * People for other modules: find one in the user's scope, or take "an existing person or a new
 * one" as part of another record (a prospect, a class participant), its problems reported with
 * the other record's.
 */
public interface People {

    /** The person a record will be about, checked; opaque but for the person already stored. */
    interface Chosen {
        /** The stored person, when an existing one was chosen. */
        Optional<PersonRef> existing();
    }

    /** The person if the signed-in user's scope covers them. */
    Optional<PersonRef> findVisible(long id);

    /**
     * The person a change names by id, when the signed-in user may change what is theirs;
     * otherwise a refusal under {@code field} that reads like "not found" (see
     * {@code AccessScope.forChange}).
     */
    Optional<PersonRef> forChange(Problems problems, String field, long id);

    /** The same by national identity number. */
    Optional<PersonRef> forChangeByNationalId(Problems problems, String field, String nationalId);

    /**
     * The person, without a scope check: for a module that checked the user's scope on its own
     * record of the person (an admission dossier of a cell in scope).
     */
    Optional<PersonRef> byId(long id);

    /** The person with this national identity number, if the user's scope covers them. */
    Optional<PersonRef> findVisibleByNationalId(String nationalId);

    /**
     * Checks the choice: an existing person in the user's scope (problem under {@code personId}),
     * or a new person by the rules of the people pages (problems under {@code person.}). Empty
     * when something is wrong.
     */
    Optional<Chosen> choose(PersonChoice choice, Problems problems);

    /** The chosen person, registered first when new. */
    PersonRef store(Chosen chosen);
}
