package vn.ptdv.organization;

import java.time.LocalDate;

/**
 * An organization to add under the organization with {@code parentCode} (none: a root of the
 * tree): its code, its name in NFC, its level, what kind of cell it is (cells only) and the day
 * it was established ({@code establishedOn}, unknown: null).
 */
public record NewOrganization(String code, String name, OrganizationType type, CellKind cellKind, String parentCode,
        LocalDate establishedOn) {
}
