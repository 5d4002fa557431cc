package vn.ptdv.training;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Certificates of the awareness class and their validity. The validity period is a setting
 * ({@code ptdv.training.certificate-validity-months}, 60 by default: local practice, to be
 * confirmed against the central guidance): a certificate issued on D is valid from D up to the
 * day before D plus that many months.
 */
@Service
public class Certificates {
    private final JdbcClient jdbc;
    private final int validityMonths;

    Certificates(JdbcClient jdbc, @Value("${ptdv.training.certificate-validity-months:60}") int validityMonths) {
        if (validityMonths < 1) {
            throw new IllegalStateException("ptdv.training.certificate-validity-months must be at least 1");
        }
        this.jdbc = jdbc;
        this.validityMonths = validityMonths;
    }

    public int validityMonths() {
        return validityMonths;
    }

    public LocalDate expiryOf(LocalDate issuedOn) {
        return issuedOn.plusMonths(validityMonths);
    }

    /** The person's certificate valid on the date (the latest issued, if several are). */
    public Optional<Certificate> validOn(long personId, LocalDate date) {
        return jdbc.sql("""
                SELECT p.class_id, c.name, p.certificate_number, p.certificate_date
                FROM class_participant p JOIN awareness_class c ON c.id = p.class_id
                WHERE p.person_id = :person AND p.completed AND p.certificate_date IS NOT NULL
                  AND p.certificate_date <= :date AND p.certificate_date > :issuedAfter -- a superset; Java decides
                ORDER BY p.certificate_date DESC
                """)
                .param("person", personId).param("date", date).param("issuedAfter", date.minusMonths(validityMonths).minusDays(3))
                .query((rs, n) -> {
                    LocalDate issued = rs.getObject("certificate_date", LocalDate.class);
                    return new Certificate(rs.getLong("class_id"), rs.getString("name"),
                            rs.getString("certificate_number"), issued, expiryOf(issued));
                })
                .list().stream().filter(c -> c.validOn(date)).findFirst();
    }
}
