package vn.ptdv.organization;

/**
 * An organization offered to a person who typed in an organization field: its code (what the field
 * takes), its name, and its path — the name followed by its parent's short name, "Chi bộ Khu phố 4 —
 * P. Tân Thành" — which tells same-named cells apart.
 */
public record OrganizationChoice(long id, String code, String name, String path) {
}
