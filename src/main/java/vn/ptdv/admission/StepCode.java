package vn.ptdv.admission;

/** The steps of an admission dossier, in the order of the procedure (codes used by the API). */
public enum StepCode {
    APPLICATION,
    PERSONAL_HISTORY,
    INTRODUCTION,
    BACKGROUND_CHECK,
    COMMENTS,
    CELL_RESOLUTION,
    PARTIAL_COMMITTEE_REVIEW,
    COMMITTEE_RESOLUTION,
    ADMISSION_DECISION,
    ADMISSION_REFUSED,
    CEREMONY,
    NEW_MEMBER_CLASS,
    RECOGNITION_CELL_RESOLUTION,
    RECOGNITION_COMMITTEE_RESOLUTION,
    RECOGNITION_DECISION,
    REMOVAL,
    STOPPED,
    REOPENED;

    public String messageKey() {
        return "step." + name();
    }

    /** Who does the step: the message key naming the owner. */
    public String ownerKey() {
        return "stepOwner." + name();
    }
}
