package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A module whose records attach to organizations says what a restructuring would move, for the
 * preview the user confirms before it is stored.
 */
public interface RestructuringParticipant {

    /** What is attached to the organization on the date: "12 party members", say. */
    List<Impact> impactOn(OrganizationRef organization, LocalDate date);

    /** A count with the message key that names it ({0} is the count). */
    record Impact(String messageKey, long count) {
    }
}
