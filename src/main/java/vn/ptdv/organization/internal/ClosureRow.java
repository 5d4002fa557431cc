package vn.ptdv.organization.internal;

import vn.ptdv.calendar.DatePeriod;

/** {@code ancestor} is {@code depth} levels above {@code descendant} over the period (0: itself). */
record ClosureRow(long ancestorId, long descendantId, int depth, DatePeriod period) {
}
