package vn.ptdv.membership;

/**
 * Which of the two dates of an admission a member record knows. The date in the admission
 * decision is what the targets count and party age counts from; the ceremony date is when the
 * membership and the twelve months of probation start. For members admitted long before their
 * records came into ptdv, often only one of them is known: the record then says which, and the
 * other takes its value.
 */
public enum AdmissionDates {
    BOTH,
    /** Only the decision's date is known: the membership is counted from it too. */
    DECISION_ONLY,
    /** Only the ceremony's date is known: the admission is counted on it too. */
    CEREMONY_ONLY;

    public String messageKey() {
        return "admissionDates." + name();
    }
}
