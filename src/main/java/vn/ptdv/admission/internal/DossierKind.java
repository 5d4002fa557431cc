package vn.ptdv.admission.internal;

/**
 * What kind of dossier it is, as the procedure's table distinguishes them: a cell that is itself
 * the grassroots organization (no committee resolution), a cell under a partial committee, a
 * grassroots committee delegated the power to admit, a former member applying again, an
 * applicant over 60 at the cell's vote. The last two are decided at the provincial level.
 */
public record DossierKind(boolean grassrootsCell, boolean underPartialCommittee, boolean delegated,
        boolean readmission, boolean over60) {

    /** A dossier of the usual kind in a cell placed as given. */
    public static DossierKind of(boolean grassrootsCell, boolean underPartialCommittee) {
        return new DossierKind(grassrootsCell, underPartialCommittee, false, false, false);
    }

    /** The admission is decided at the provincial level, not by the usual authority. */
    public boolean specialAuthority() {
        return readmission || over60;
    }
}
