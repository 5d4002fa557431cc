package vn.ptdv.admission.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Values of the procedure the central texts at hand did not confirm, kept as settings:
 * how old the application, introductions and comments may be at the cell's vote (12 months),
 * and up to which age the Youth Union introduces (30).
 */
@Component
class AdmissionSettings {
    private final int papersValidityMonths;
    private final int youthUnionAge;

    AdmissionSettings(@Value("${ptdv.admission.papers-validity-months:12}") int papersValidityMonths,
            @Value("${ptdv.admission.youth-union-age:30}") int youthUnionAge) {
        if (papersValidityMonths < 1 || youthUnionAge < 18) {
            throw new IllegalStateException("ptdv.admission.papers-validity-months must be at least 1 and "
                    + "ptdv.admission.youth-union-age at least 18");
        }
        this.papersValidityMonths = papersValidityMonths;
        this.youthUnionAge = youthUnionAge;
    }

    int papersValidityMonths() {
        return papersValidityMonths;
    }

    int youthUnionAge() {
        return youthUnionAge;
    }
}
