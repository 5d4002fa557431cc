package vn.ptdv.admission.internal;

import java.util.List;

/**
 * A rule of the regulation not met by a step: refused when BLOCK, stored and shown when WARN.
 * {@code field} is the input it is shown under; {@code sourceKey} names the document and article
 * in the message bundle.
 */
public record Violation(String ruleId, Severity severity, String field, String messageKey, List<Object> args,
        String sourceKey) {
    public Violation {
        args = List.copyOf(args);
    }

    public enum Severity {
        BLOCK,
        WARN
    }
}
