package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/**
 * One rule of the admission procedure: an id, the steps it judges, a severity, and its versions
 * — the documents and articles in force over a period and the numbers of that period. A step
 * is judged by the version in force on its date; a step dated where no version is known is
 * flagged as not checked (a warning), never passed silently.
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

    /**
     * A warning about facts ptdv checked against its own records (a register, a movement): the
     * user answers it on the dossier, the rule does not decide.
     */
    default boolean answerable() {
        return false;
    }

    /**
     * The order of the procedure itself: judged on any date, by the earliest version for a step
     * dated before it.
     */
    default boolean structural() {
        return false;
    }

    /** The numbers of the version that are settings (values "to confirm"), by name. */
    default Set<String> settings() {
        return Set.of();
    }

    /** The problems of the step by the version given, each naming what is wrong; empty when the rule is met. */
    List<Problem> check(RuleContext context, RuleVersion version);

    /** What is wrong: a message key and its arguments. */
    record Problem(String messageKey, List<Object> args) {
        public static Problem of(String messageKey, Object... args) {
            return new Problem(messageKey, List.of(args));
        }
    }

    default Optional<RuleVersion> versionOn(LocalDate date) {
        return versions().stream().filter(v -> v.inForce().contains(date)).findFirst();
    }

    /** The version in force on the date, or the nearest one (for deadlines of dates outside every version). */
    default RuleVersion nearestVersion(LocalDate date) {
        return versionOn(date).orElseGet(() -> date.isBefore(versions().get(0).inForce().from()) ? versions().get(0)
                : versions().get(versions().size() - 1));
    }

    /** The rule's violations for the step, citing the version in force, if the rule applies to it. */
    default List<Violation> judge(RuleContext context) {
        if (!steps().contains(context.step())) {
            return List.of();
        }
        Optional<RuleVersion> inForce = versionOn(context.date());
        if (inForce.isEmpty() && !structural()) {
            LocalDate earliest = versions().get(0).inForce().from();
            return List.of(new Violation(id(), Violation.Severity.WARN, "date", "rule.notChecked",
                    List.of(id(), VietnameseDates.format(earliest)), List.of(Citation.of("source.notKnown"))));
        }
        RuleVersion version = inForce.orElseGet(() -> nearestVersion(context.date()));
        return check(context, version).stream()
                .map(p -> new Violation(id(), severity(), field(), p.messageKey(), p.args(), version.citations()))
                .toList();
    }
}
