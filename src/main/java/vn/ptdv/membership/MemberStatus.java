package vn.ptdv.membership;

import java.time.LocalDate;

/** A membership's status on a date. */
public enum MemberStatus {
    PROBATIONARY,
    OFFICIAL,
    ENDED;

    public static MemberStatus on(LocalDate date, LocalDate officialOn, LocalDate endedOn) {
        if (endedOn != null && !date.isBefore(endedOn)) {
            return ENDED;
        }
        return officialOn != null && !date.isBefore(officialOn) ? OFFICIAL : PROBATIONARY;
    }

    public String messageKey() {
        return "memberStatus." + name();
    }
}
