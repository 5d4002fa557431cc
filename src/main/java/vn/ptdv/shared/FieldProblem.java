package vn.ptdv.shared;

import java.util.List;

/**
 * One rejected input: the field as the API and the form name it, the key of its label, and a
 * message key with arguments, resolved to Vietnamese at the edge. A malformed input (bad
 * format, missing value) answers 400; a well-formed one that a rule refuses answers 422.
 */
public record FieldProblem(String field, String labelKey, String messageKey, List<Object> args, boolean malformed) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
