package vn.ptdv.prospect;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.PersonChoice;

/**
 * A person (existing or new) to list in an organization's pool from a date: who introduced them
 * (the channel, and the cadre when one is named), their priority categories, and the official
 * member who mentors them, if one is assigned yet.
 */
public record ListProspect(PersonChoice person, String organizationCode, LocalDate since, ProspectChannel channel,
        Set<ProspectCategory> categories, Long mentorMemberId, Long introducedByMemberId) {

    public ListProspect {
        Set<ProspectCategory> set = EnumSet.noneOf(ProspectCategory.class);
        if (categories != null) {
            set.addAll(categories);
        }
        categories = Collections.unmodifiableSet(set);
    }

    /** A new person listed in the organization's pool. */
    public static ListProspect of(NewPerson person, String organizationCode, LocalDate since, ProspectChannel channel,
            Collection<ProspectCategory> categories, Long mentorMemberId) {
        return new ListProspect(new PersonChoice.New(person), organizationCode, since, channel,
                Set.copyOf(categories), mentorMemberId, null);
    }

    /** The same, introduced by the cadre (a member). */
    public ListProspect introducedBy(Long memberId) {
        return new ListProspect(person, organizationCode, since, channel, categories, mentorMemberId, memberId);
    }
}
