package vn.ptdv.membership;

import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * The person a record is about (a member, a prospect, a class participant): one already in
 * ptdv, by id, or a new one with their fields.
 */
public sealed interface PersonChoice {
    record Existing(long personId) implements PersonChoice {
    }

    record New(NewPerson person) implements PersonChoice {
    }

    /**
     * Reads "an existing person or a new one" as typed: problems go under {@code personId}, or
     * under {@code person.} for the new person's fields. Null when something is malformed.
     */
    static PersonChoice parse(Long personId, PersonDetails person, DateInput dateInput, Problems problems) {
        if (personId != null && person != null) {
            problems.malformed("personId", "member.person.oneOf");
            return null;
        }
        if (personId != null) {
            return new Existing(personId);
        }
        if (person == null) {
            problems.malformed("personId", "validation.required");
            return null;
        }
        NewPerson parsed = person.parse(dateInput, problems, "person.");
        return parsed == null ? null : new New(parsed);
    }
}
