package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.ptdv.shared.Problems;

/**
 * A module whose records attach to organizations says what a restructuring would move, for the
 * preview the user confirms before it is stored.
 */
public interface RestructuringParticipant {

    /** What is attached to the organization on the date: "12 party members", say. */
    List<Impact> impactOn(OrganizationRef organization, LocalDate date);

    /**
     * Refuses, before anything is stored, what the module could not follow: records attached to
     * an ending organization after the date, or left behind by a dissolution, say.
     *
     * @param takenOver whether a successor takes over what remains (false for a dissolution)
     * @param allocated ids of records a split sends to a named target
     */
    default void check(LocalDate date, List<OrganizationRef> ending, boolean takenOver, Set<Long> allocated,
            Problems problems) {
    }

    /**
     * Records attached to the organization that a split may send to different targets one by
     * one (members, say), for the allocation form; the ids go into the split's allocation.
     */
    default List<Allocatable> allocatableOn(OrganizationRef organization, LocalDate date) {
        return List.of();
    }

    /** A record a split can allocate: its id in the allocation and how the form names it. */
    record Allocatable(long id, String label) {
    }

    /** A count with the message key that names it ({0} is the count). */
    record Impact(String messageKey, long count) {
    }
}
