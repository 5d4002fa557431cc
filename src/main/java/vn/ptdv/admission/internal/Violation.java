package vn.ptdv.admission.internal;

import java.util.List;
import vn.ptdv.admission.internal.rules.Citation;

/**
 * A rule of the regulation not met by a step: refused when BLOCK, stored and shown when WARN.
 * {@code field} is the input it is shown under; {@code citations} name the documents and
 * articles of the rule's version in force on the step's date.
 */
public record Violation(String ruleId, Severity severity, String field, String messageKey, List<Object> args,
        List<Citation> citations) {
    public Violation {
        args = List.copyOf(args);
        citations = List.copyOf(citations);
    }

    public enum Severity {
        BLOCK,
        WARN
    }

    /** The message key of the first document cited (the one the rule mainly rests on). */
    public String sourceKey() {
        return citations.isEmpty() ? null : citations.get(0).documentKey();
    }
}
