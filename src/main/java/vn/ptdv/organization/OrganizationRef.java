package vn.ptdv.organization;

import java.time.LocalDate;

/** An organization as other modules see it; {@code endedOn} is the first day it no longer exists. */
public record OrganizationRef(long id, String code, String name, OrganizationType type, CellKind cellKind,
        LocalDate endedOn) {

    public boolean existsOn(LocalDate date) {
        return endedOn == null || date.isBefore(endedOn);
    }
}
