package vn.ptdv.organization;

/** An organization as other modules see it. */
public record OrganizationRef(long id, String code, String name, OrganizationType type, CellKind cellKind) {
}
