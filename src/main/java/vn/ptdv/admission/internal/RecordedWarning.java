package vn.ptdv.admission.internal;

/**
 * A warning stored with a step as it was shown when the step was recorded: the rule, the
 * Vietnamese message, and the key of the document and article it comes from.
 */
public record RecordedWarning(String ruleId, String message, String sourceKey) {
}
