package vn.ptdv.organization;

/**
 * Whether the grassroots organization with this code was delegated the power to decide its own
 * admissions (else its direct superior's standing committee decides).
 */
public record DelegateAdmission(String organizationCode, boolean delegated) {
}
