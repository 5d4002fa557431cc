package vn.ptdv.organization.internal;

import vn.ptdv.calendar.DatePeriod;

/** An organization's parent over a period; a root has no parent. */
record Placement(long organizationId, Long parentId, DatePeriod period) {
}
