package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
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
import vn.ptdv.shared.VietnameseOrder;
import vn.ptdv.shared.SystemActor;

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

    @Override
    public List<Allocatable> allocatableOn(OrganizationRef organization, LocalDate date) {
        return store.countedIn(organization.id(), date).stream()
                .map(id -> store.findById(id).orElseThrow())
                .sorted(Comparator.comparing(m -> VietnameseOrder.personSortKey(m.fullName())))
                .map(m -> new Allocatable(m.id(), m.fullName())).toList();
    }

    @Override
    public void check(LocalDate date, List<OrganizationRef> ending, boolean takenOver, Set<Long> allocated,
            Problems problems) {
        checkIds(date, ending.stream().map(OrganizationRef::id).toList(), takenOver, allocated, problems);
    }

    private void checkIds(LocalDate date, List<Long> ending, boolean takenOver, Set<Long> allocated, Problems problems) {
        Set<Long> inSources = new HashSet<>();
        for (Long organization : ending) {
            if (store.periodsStartAfter(organization, date)) {
                problems.refuse("effectiveDate", "restructuring.members.after", VietnameseDates.format(date));
            }
            List<Long> members = store.countedIn(organization, date);
            if (!takenOver && !members.isEmpty()) {
                problems.refuse("organizationCode", "restructuring.dissolve.hasMembers", members.size());
            }
            inSources.addAll(members);
        }
        for (Long member : allocated) {
            if (!inSources.contains(member)) {
                problems.refuse("allocation", "restructuring.split.memberNotInSource", member,
                        VietnameseDates.format(date));
            }
        }
    }

    /** Moves the members of the ended organizations; checks again, in case anything changed since the plan. */
    @EventListener
    void follow(OrganizationsRestructured event) {
        LocalDate date = event.effectiveDate();
        Problems problems = new Problems("restructuring");
        checkIds(date, event.endedOrganizationIds(), !event.takenOverBy().isEmpty(), event.memberAllocation().keySet(),
                problems);
        problems.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String user = CurrentUser.find().map(CurrentUser::username).orElse(SystemActor.USERNAME);
        for (Long ended : event.endedOrganizationIds()) {
            Long takenOverBy = event.takenOverBy().get(ended);
            for (Long member : store.countedIn(ended, date)) {
                long target = event.memberAllocation().getOrDefault(member, takenOverBy);
                store.closePeriodOn(member, date);
                store.openPeriod(member, date, target);
                store.recordMovement(member, MovementType.RESTRUCTURE, date, ended, target, null, null,
                        event.restructuringId(), now, user);
            }
        }
    }
}
