package vn.ptdv.membership;

import java.time.LocalDate;
import java.time.Period;

/** Age bands of the membership reports, by full years on the report's date. */
public enum AgeBand {
    UNDER_30,
    FROM_30_TO_45,
    FROM_46_TO_60,
    OVER_60;

    public static AgeBand of(LocalDate birthDate, LocalDate date) {
        int age = Period.between(birthDate, date).getYears();
        if (age < 30) {
            return UNDER_30;
        }
        if (age <= 45) {
            return FROM_30_TO_45;
        }
        return age <= 60 ? FROM_46_TO_60 : OVER_60;
    }

    public String messageKey() {
        return "ageBand." + name();
    }
}
