package vn.ptdv.training;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Certificates of the awareness class and their validity. The validity period is a setting
 * ({@code ptdv.training.certificate-validity-months}, 60 by default: local practice, to be
 * confirmed against the central guidance): a certificate issued on D is valid from D up to the
 * day before D plus that many months.
 */
public interface Certificates {

    int validityMonths();

    /** The first day a certificate issued on the date is no longer valid. */
    default LocalDate expiryOf(LocalDate issuedOn) {
        return issuedOn.plusMonths(validityMonths());
    }

    /** The person's certificate valid on the date (the latest issued, if several are). */
    Optional<Certificate> validOn(long personId, LocalDate date);
}
