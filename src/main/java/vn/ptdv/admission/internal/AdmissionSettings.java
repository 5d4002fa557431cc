package vn.ptdv.admission.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Values of the procedure the central texts at hand did not confirm, kept as settings (each rule
 * that uses one says so): how old the application, introductions and comments may be at the
 * cell's vote (12 months), up to which age the Youth Union introduces (30), how long an
 * awareness-class certificate stays valid (60 months, the training module's setting).
 */
@Component
public class AdmissionSettings {
    private final int papersValidityMonths;
    private final int youthUnionAge;
    private final int certificateValidityMonths;

    @Autowired
    AdmissionSettings(@Value("${ptdv.admission.papers-validity-months:12}") int papersValidityMonths,
            @Value("${ptdv.admission.youth-union-age:30}") int youthUnionAge,
            @Value("${ptdv.training.certificate-validity-months:60}") int certificateValidityMonths) {
        if (papersValidityMonths < 1 || youthUnionAge < 18 || certificateValidityMonths < 1) {
            throw new IllegalStateException("ptdv.admission.papers-validity-months must be at least 1, "
                    + "ptdv.admission.youth-union-age at least 18 and ptdv.training.certificate-validity-months at least 1");
        }
        this.papersValidityMonths = papersValidityMonths;
        this.youthUnionAge = youthUnionAge;
        this.certificateValidityMonths = certificateValidityMonths;
    }

    /** The defaults of the settings (for tests and tools). */
    public static AdmissionSettings defaults() {
        return of(12, 30, 60);
    }

    /** Settings of these values (for tests and tools). */
    public static AdmissionSettings of(int papersValidityMonths, int youthUnionAge, int certificateValidityMonths) {
        return new AdmissionSettings(papersValidityMonths, youthUnionAge, certificateValidityMonths);
    }

    public int papersValidityMonths() {
        return papersValidityMonths;
    }

    public int youthUnionAge() {
        return youthUnionAge;
    }

    public int certificateValidityMonths() {
        return certificateValidityMonths;
    }
}
