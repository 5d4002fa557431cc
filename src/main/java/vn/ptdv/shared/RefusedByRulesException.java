package vn.ptdv.shared;

import java.util.List;

/**
 * Input refused because it breaks rules of a regulation: every violation is listed (the
 * blocking ones, and the warnings that would have been stored), each under its field too.
 */
public class RefusedByRulesException extends InvalidInputException {
    private final List<RuleViolation> violations;

    public RefusedByRulesException(String subject, List<RuleViolation> violations) {
        super(violations.stream().filter(RuleViolation::blocking)
                .map(v -> new FieldProblem(v.field(), subject + ".field." + v.field(), v.messageKey(), v.args(), false))
                .toList());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
