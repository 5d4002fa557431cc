package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Violation;

/**
 * One rule of the admission procedure: an id, the steps it judges, a severity, and the versions
 * of the document it comes from with their periods in force. A rule not in force on the step's
 * date does not judge it.
 */
public interface Rule {

    String id();

    Violation.Severity severity();

    Set<StepCode> steps();

    List<RuleVersion> versions();

    /** The input field a violation is shown under: the date unless the rule concerns another field. */
    default String field() {
        return "date";
    }

    /** The problems of the step, each naming what is wrong; empty when the rule is met. */
    List<Problem> check(RuleContext context);

    /** What is wrong: a message key and its arguments. */
    record Problem(String messageKey, List<Object> args) {
        public static Problem of(String messageKey, Object... args) {
            return new Problem(messageKey, List.of(args));
        }
    }

    default Optional<RuleVersion> versionOn(LocalDate date) {
        return versions().stream().filter(v -> v.inForce().contains(date)).findFirst();
    }

    /** The rule's violations for the step, with the source of the version in force, if it applies. */
    default List<Violation> judge(RuleContext context) {
        if (!steps().contains(context.step())) {
            return List.of();
        }
        return versionOn(context.date())
                .map(version -> check(context).stream()
                        .map(p -> new Violation(id(), severity(), field(), p.messageKey(), p.args(),
                                version.sourceKey()))
                        .toList())
                .orElse(List.of());
    }
}
