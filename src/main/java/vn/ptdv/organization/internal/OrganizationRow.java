package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;

/** An organization's own record; where it sits in the tree is kept in its placements. */
record OrganizationRow(long id, String code, String name, OrganizationType type, CellKind cellKind,
        LocalDate establishedOn, LocalDate endedOn, int version, OffsetDateTime updatedAt, String updatedBy,
        boolean delegatedAdmission) {

    OrganizationRef ref() {
        return new OrganizationRef(id, code, name, type, cellKind, endedOn);
    }

    public boolean ended() {
        return endedOn != null;
    }
}
