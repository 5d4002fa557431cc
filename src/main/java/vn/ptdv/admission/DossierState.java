package vn.ptdv.admission;

/** Where a dossier stands, derived from its recorded steps. */
public enum DossierState {
    /** Papers are being gathered, up to the cell's vote. */
    PREPARING,
    /** The cell proposed the admission; the committee and the authority decide. */
    PROPOSED,
    /** The admission was decided; the ceremony is to come. */
    ADMITTED,
    /** A probationary member: the twelve months run from the ceremony. */
    PROBATION,
    /** Recognized as a full member. */
    OFFICIAL,
    REFUSED,
    /** Removed (xóa tên) as a probationary member not recognized. */
    REMOVED,
    STOPPED;

    public boolean open() {
        return this != OFFICIAL && this != REFUSED && this != REMOVED && this != STOPPED;
    }

    public String messageKey() {
        return "dossierState." + name();
    }
}
