package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;

/**
 * A change of the organization with {@code code}: a null value stays as it is. {@code cellKind}
 * empty clears the kind. A {@code parentCode} other than today's parent moves the organization
 * from {@code effectiveDate} (today when null). {@code delegatedAdmission} says whether a
 * grassroots organization was delegated the power to decide its own admissions. {@code version},
 * when given, is the version the user read.
 */
record ChangeOrganization(String code, String name, OrganizationType type, Optional<CellKind> cellKind,
        Boolean delegatedAdmission, String parentCode, LocalDate effectiveDate, Integer version) {

    /** Only whether the grassroots organization decides its own admissions. */
    static ChangeOrganization delegation(String code, boolean delegated) {
        return new ChangeOrganization(code, null, null, null, delegated, null, null, null);
    }
}
