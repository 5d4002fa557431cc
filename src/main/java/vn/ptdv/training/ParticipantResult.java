package vn.ptdv.training;

import java.time.LocalDate;

/**
 * How a participant did: whether they completed the class, and the certificate they received
 * (its number and date, both or neither).
 */
public record ParticipantResult(boolean completed, String certificateNumber, LocalDate certificateDate) {

    /** Enrolled, no result yet. */
    public static ParticipantResult none() {
        return new ParticipantResult(false, null, null);
    }

    /** Completed, with the certificate issued on the date. */
    public static ParticipantResult certified(String number, LocalDate date) {
        return new ParticipantResult(true, number, date);
    }
}
