package vn.ptdv.planning;

/** Why a cadre is assigned to a cell. */
public enum AssignmentRole {
    /** Phụ trách: supervises the cell's work, admissions included. */
    SUPERVISE,
    /** Dự sinh hoạt: attends the cell's meetings. */
    ATTEND;

    public String messageKey() {
        return "assignmentRole." + name();
    }
}
