package vn.ptdv.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.ptdv.shared.InvalidInputException;

/** What a refused input says, as "field: message key" of each problem, for the unit tests of parsers and services. */
public final class Refusals {
    private Refusals() {
    }

    /** The problems of the refusal; fails when the input was not refused. */
    public static List<String> refused(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the input was not refused");
    }

    /** The problems of a refusal of malformed input (answered 400); fails otherwise. */
    public static List<String> malformed(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInputException refused) {
            assertThat(refused.malformed()).as("malformed").isTrue();
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the input was not refused");
    }
}
