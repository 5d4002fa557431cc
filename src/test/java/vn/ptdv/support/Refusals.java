package vn.ptdv.support;

import java.util.List;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;

/** What an input was refused with, as "field: message key" of each problem, for unit tests of parsers and services. */
public final class Refusals {
    private Refusals() {
    }

    /** The problems the action was refused with; fails when it was not refused. */
    public static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems();
        }
        throw new AssertionError("the input was not refused");
    }

    /** The problems as "field: messageKey", in the order they were found. */
    public static List<String> of(Runnable action) {
        return fields(problems(action));
    }

    /** The same as {@link #of}. */
    public static List<String> refused(Runnable action) {
        return of(action);
    }

    /** The same, failing unless every problem is a malformed value (answered 400). */
    public static List<String> malformed(Runnable action) {
        List<FieldProblem> problems = problems(action);
        if (!problems.stream().allMatch(FieldProblem::malformed)) {
            throw new AssertionError("not only malformed values: " + problems);
        }
        return fields(problems);
    }

    public static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.messageKey()).toList();
    }
}
