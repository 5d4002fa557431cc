package vn.ptdv.planning;

/**
 * The admission target of an organization for a term ({@code year} null) or one of its years,
 * with the directive that set it, if recorded. {@code version} is the target as the user read
 * it, if known.
 */
public record SetTarget(String organizationCode, String termCode, Integer year, int admissions, Long directiveId,
        Integer version) {

    /** A target set without regard to what was there before. */
    public static SetTarget of(String organizationCode, String termCode, Integer year, int admissions,
            Long directiveId) {
        return new SetTarget(organizationCode, termCode, year, admissions, directiveId, null);
    }
}
