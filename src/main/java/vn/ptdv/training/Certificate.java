package vn.ptdv.training;

import java.time.LocalDate;

/**
 * A completion certificate: valid from {@code issuedOn} up to the day before {@code expiresOn}.
 */
public record Certificate(long classId, String className, String number, LocalDate issuedOn, LocalDate expiresOn) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(issuedOn) && date.isBefore(expiresOn);
    }

    /** The last day it is valid. */
    public LocalDate lastValidDay() {
        return expiresOn.minusDays(1);
    }
}
