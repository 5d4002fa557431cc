package vn.ptdv.shared;

import java.util.List;

/** Input was refused and nothing was stored. Answered as problem+json or as form errors. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Malformed input answers 400; input refused by a rule answers 422. */
    public boolean malformed() {
        return problems.stream().anyMatch(FieldProblem::malformed);
    }
}
