package vn.ptdv.planning.internal;

/** An admission target as stored: of an organization for a term (year {@value #WHOLE_TERM}) or one of its years. */
record TargetRow(long organizationId, String termCode, int year, int admissions, Long directiveId,
        String directiveNumberSymbol, int version) {
    static final int WHOLE_TERM = 0;

    /** The year, or null for the whole term. */
    public Integer yearOrNull() {
        return year == WHOLE_TERM ? null : year;
    }

    /** The stored year of a target asked for the term ({@code year} null) or a year. */
    static int yearOf(Integer year) {
        return year == null ? WHOLE_TERM : year;
    }
}
