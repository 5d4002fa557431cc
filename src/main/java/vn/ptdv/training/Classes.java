package vn.ptdv.training;

/** Opening classes and enrolling people from other modules (the demo dataset), with the pages' rules. */
public interface Classes {

    /** Opens a class as the signed-in user; returns its id. */
    long open(OpenClass awarenessClass);

    /**
     * Enrolls a person (existing or new) with their result, a certificate when it has a number;
     * returns the participant's id.
     */
    long enroll(EnrollParticipant participant);
}
