package vn.ptdv.training.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.ptdv.training.Certificate;
import vn.ptdv.training.Certificates;

/** Certificates of the awareness class and their validity, the period read from the settings. */
@Service
class CertificateService implements Certificates {
    private final ClassStore store;
    private final int validityMonths;

    CertificateService(ClassStore store,
            @Value("${ptdv.training.certificate-validity-months:60}") int validityMonths) {
        if (validityMonths < 1) {
            throw new IllegalStateException("ptdv.training.certificate-validity-months must be at least 1");
        }
        this.store = store;
        this.validityMonths = validityMonths;
    }

    @Override
    public int validityMonths() {
        return validityMonths;
    }

    @Override
    public Optional<Certificate> validOn(long personId, LocalDate date) {
        // A few days more than the period: a superset, the certificate itself decides.
        return store.certificatesOf(personId, date, date.minusMonths(validityMonths).minusDays(3)).stream()
                .map(c -> new Certificate(c.classId(), c.className(), c.number(), c.issuedOn(), expiryOf(c.issuedOn())))
                .filter(c -> c.validOn(date)).findFirst();
    }
}
