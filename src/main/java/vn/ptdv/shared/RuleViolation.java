package vn.ptdv.shared;

import java.util.List;

/**
 * A rule of a regulation not met, as a refusal lists it: the rule's id, BLOCK or WARN, a message
 * key with its arguments, and the key of the document and article the rule comes from.
 */
public record RuleViolation(String ruleId, String severity, String field, String messageKey, List<Object> args,
        String sourceKey) {
    public RuleViolation {
        args = List.copyOf(args);
    }

    public boolean blocking() {
        return "BLOCK".equals(severity);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
