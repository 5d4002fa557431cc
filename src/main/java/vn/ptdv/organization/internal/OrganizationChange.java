package vn.ptdv.organization.internal;

import vn.ptdv.shared.DateInput;

/**
 * A change of an organization: a null field stays as it is. {@code cellKind} "" clears the kind.
 * A new {@code parentCode} moves the organization from {@code effectiveDate} (today if empty).
 * {@code delegatedAdmission} says whether a grassroots organization was delegated the power to
 * decide its own admissions. {@code version}, when given, must be the version the user read.
 */
record OrganizationChange(String name, String type, String cellKind, Boolean delegatedAdmission, String parentCode,
        String effectiveDate, Integer version, DateInput dateInput) {
}
