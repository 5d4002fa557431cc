package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import vn.ptdv.calendar.DatePeriod;

/** A rule as one document set it, in force over a period: a new regulation adds a version. */
public record RuleVersion(DatePeriod inForce, String sourceKey) {

    public static RuleVersion from(LocalDate from, String sourceKey) {
        return new RuleVersion(DatePeriod.startingOn(from), sourceKey);
    }

    public static RuleVersion between(LocalDate from, LocalDate to, String sourceKey) {
        return new RuleVersion(new DatePeriod(from, to), sourceKey);
    }
}
