package vn.ptdv.training;

import vn.ptdv.membership.PersonChoice;

/** A person (existing or new) to enroll in a class, with their result if it is known already. */
public record EnrollParticipant(long classId, PersonChoice person, ParticipantResult result) {

    /** A person already in ptdv. */
    public static EnrollParticipant existing(long classId, long personId, ParticipantResult result) {
        return new EnrollParticipant(classId, new PersonChoice.Existing(personId), result);
    }
}
