package vn.ptdv.membership.internal;

import java.time.LocalDate;
import vn.ptdv.membership.PersonalData.Activity;

/**
 * How long ptdv keeps the personal data of someone it no longer works with: a person who never
 * became a party member, with nothing open (no active pool entry, no open dossier), is anonymized
 * once {@code years} have passed since the last day anything about them changed — from the
 * anniversary of that day on. Party members' records are kept: they are the Party's records and
 * every statistic counts them.
 */
record Retention(int years) {
    Retention {
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("the retention period is 1 to 100 years, not " + years);
        }
    }

    /** The first day someone last active on {@code lastDay} may be anonymized. */
    LocalDate endsOn(LocalDate lastDay) {
        return lastDay.plusYears(years);
    }

    /** Whether someone who was never a member, with this activity, is anonymized on {@code today}. */
    boolean expired(Activity activity, LocalDate today) {
        return !activity.open() && !today.isBefore(endsOn(activity.lastDay()));
    }

    /**
     * A day before which everyone's last activity must lie to be anonymized on {@code today}: a
     * loose bound for the database (a day to spare for 29 February), the rule above decides.
     */
    LocalDate activeBefore(LocalDate today) {
        return today.minusYears(years).plusDays(2);
    }
}
