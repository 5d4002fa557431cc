package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.Problems;

/**
 * The statistical tables of an organization in the user's scope for a period, against the same
 * period of the year before. The organization's subtree is taken in today's structure, so that
 * merged and split organizations count with their successors in both periods.
 */
@Service
class StatisticsService {
    private final StatisticsStore store;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    StatisticsService(StatisticsStore store, OrganizationDirectory organizations, AccessScope scope) {
        this.store = store;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** The organization (the user's own by default) and the period (from the first of January to today by default), checked. */
    record Period(OrganizationRef organization, LocalDate from, LocalDate to) {
    }

    Period period(DocumentForms.PeriodRequest request) {
        OrganizationRef organization = organizations.requireVisibleOrHome(request.organizationCode());
        LocalDate today = scope.today();
        LocalDate to = request.to() == null ? today : request.to();
        LocalDate from = request.from() == null ? to.withDayOfYear(1) : request.from();
        Problems problems = new Problems("statistics");
        if (to.isAfter(today)) {
            problems.refuse("to", "validation.future", VietnameseDates.format(to));
        }
        if (from.isAfter(to)) {
            problems.refuse("from", "statistics.period.order", VietnameseDates.format(from), VietnameseDates.format(to));
        }
        problems.throwIfAny();
        return new Period(organization, from, to);
    }

    @Transactional(readOnly = true)
    StatisticsReport report(StatisticsTable table, Period period) {
        LocalDate today = scope.today();
        SubtreeSql subtree = SubtreeSql.of(List.of(period.organization().id()), Structure.CURRENT, today);
        LocalDate from = period.from();
        LocalDate to = period.to();
        LocalDate previousFrom = from.minusYears(1);
        LocalDate previousTo = to.minusYears(1);
        List<StatisticsLine> lines = switch (table) {
            case MEMBER_CHANGES -> StatisticsLines.memberChanges(changes(subtree, from, to),
                    changes(subtree, previousFrom, previousTo));
            case NEW_MEMBERS -> StatisticsLines.newMembers(store.admitted(subtree, from, to),
                    store.admitted(subtree, previousFrom, previousTo));
            case MEMBERS -> StatisticsLines.members(store.members(subtree, to), store.members(subtree, previousTo));
        };
        return new StatisticsReport(table, period.organization(), organizations.nameOn(period.organization().id(), today),
                from, to, previousFrom, previousTo, lines);
    }

    /** Members on the day before the period and on its last day, and who entered and left the subtree in between. */
    private StatisticsLines.Changes changes(SubtreeSql subtree, LocalDate from, LocalDate to) {
        return StatisticsLines.Changes.of(store.count(subtree, from.minusDays(1)), store.entries(subtree, from, to),
                store.exits(subtree, from, to), store.count(subtree, to));
    }
}
