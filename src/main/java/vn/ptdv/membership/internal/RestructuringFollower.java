package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.MovementType;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationsRestructured;
import vn.ptdv.organization.RestructuringParticipant;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Problems;

/**
 * Members follow their organization through a merge or a split from its effective date, in the
 * restructuring's own transaction: a dissolved cell that still has members refuses the whole
 * restructuring.
 */
@Component
class RestructuringFollower implements RestructuringParticipant {
    private final MemberStore store;
    private final Clock clock;

    RestructuringFollower(MemberStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Impact> impactOn(OrganizationRef organization, LocalDate date) {
        return List.of(new Impact("restructuring.impact.members", store.countedIn(organization.id(), date).size()));
    }

    @EventListener
    void follow(OrganizationsRestructured event) {
        LocalDate date = event.effectiveDate();
        Problems problems = new Problems("restructuring");
        Map<Long, Long> allocation = event.memberAllocation();
        Set<Long> allocated = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String user = CurrentUser.find().map(CurrentUser::username).orElse("system");
        for (Long ended : event.endedOrganizationIds()) {
            if (store.periodsStartAfter(ended, date)) {
                problems.refuse("effectiveDate", "restructuring.members.after", VietnameseDates.format(date));
                continue;
            }
            List<Long> members = store.countedIn(ended, date);
            Long takenOverBy = event.takenOverBy().get(ended);
            if (takenOverBy == null && !members.isEmpty()) {
                problems.refuse("organizationCode", "restructuring.dissolve.hasMembers", members.size());
                continue;
            }
            for (Long member : members) {
                long target = allocation.getOrDefault(member, takenOverBy);
                allocated.add(member);
                store.closePeriodOn(member, date);
                store.openPeriod(member, date, target);
                store.recordMovement(member, MovementType.RESTRUCTURE, date, ended, target, null, null,
                        event.restructuringId(), now, user);
            }
        }
        for (Long member : allocation.keySet()) {
            if (!allocated.contains(member)) {
                problems.refuse("allocation", "restructuring.split.memberNotInSource", member,
                        VietnameseDates.format(date));
            }
        }
        problems.throwIfAny();
    }
}
