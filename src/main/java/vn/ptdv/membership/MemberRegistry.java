package vn.ptdv.membership;

import java.time.LocalDate;

/** How other modules register members and record what happens to their membership, with every check of the pages. */
public interface MemberRegistry {

    /** Registers a member as the signed-in user; returns the membership's id. */
    long register(RegisterMember member);

    /**
     * Admits a person as a probationary member of the cell at the ceremony, after the admission
     * decision of {@code decidedOn}, the cell credited with the admission; returns the membership's id.
     */
    long admit(long personId, String cellCode, LocalDate decidedOn, LocalDate admittedOn);

    /** Records the day a probationary member became official (the end of the twelve months). */
    void recognize(long memberId, LocalDate officialOn);

    /** Moves the admission to another date (a corrected ceremony), while nothing else happened to the membership. */
    void correctAdmission(long memberId, LocalDate admittedOn);

    /** Moves the date of the admission decision (a corrected decision of the member's dossier). */
    void correctDecision(long memberId, LocalDate decidedOn);

    /** Records a movement a user would record on the member's page. */
    void move(RecordMovement movement);
}
