package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.List;
import vn.ptdv.organization.OrganizationRef;

/**
 * A statistical table as computed: for the organization's subtree (today's structure), the
 * period and the same period a year before, its lines.
 */
record StatisticsReport(StatisticsTable table, OrganizationRef organization, String organizationName,
        LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, List<StatisticsLine> lines) {
}
