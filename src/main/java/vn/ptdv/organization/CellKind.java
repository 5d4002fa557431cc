package vn.ptdv.organization;

/** What a cell gathers: a residential area, an agency, a school… (reports group cells by it). */
public enum CellKind {
    RESIDENTIAL,
    AGENCY,
    SCHOOL,
    HEALTH,
    ENTERPRISE,
    ARMED_FORCES,
    OTHER;

    public String messageKey() {
        return "cellKind." + name();
    }
}
