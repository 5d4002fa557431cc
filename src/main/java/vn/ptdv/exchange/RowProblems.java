package vn.ptdv.exchange;

import java.util.List;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;

/** Where the problems of an import's rows go: each one with its row and the field of its column. */
public interface RowProblems {

    /** A problem of the row's value in the column of the field (message key and arguments, as on the pages). */
    void add(ImportRow row, String field, String messageKey, Object... args);

    /** The problems of a refused parse or check of the row, each under its field's column. */
    default void addAll(ImportRow row, InvalidInputException refused) {
        addAll(row, refused.problems());
    }

    default void addAll(ImportRow row, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            add(row, problem.field(), problem.messageKey(), problem.argsArray());
        }
    }

    /** Whether any problem was found so far. */
    boolean any();
}
