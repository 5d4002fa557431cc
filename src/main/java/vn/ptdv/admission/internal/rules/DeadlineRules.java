package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.Procedure;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/**
 * Deadlines counted in working days — which step has one, from where it counts and how it is
 * extended is the procedure's table; the numbers are the rule version's — and the twelve months
 * of probation.
 */
public final class DeadlineRules {
    private DeadlineRules() {
    }

    /**
     * A deadline rule: the steps whose table deadline names it are warned about when late; the
     * working days ({@code workingDays}) and the extension ({@code extensionWorkingDays}) are the
     * version's.
     */
    static final class Deadline extends BaseRule {
        private final String messageKey;

        Deadline(String id, String messageKey, List<RuleVersion> versions) {
            super(id, Violation.Severity.WARN, judgedSteps(id), versions);
            this.messageKey = messageKey;
        }

        private static Set<StepCode> judgedSteps(String id) {
            Set<StepCode> steps = EnumSet.noneOf(StepCode.class);
            Procedure.steps().stream().filter(s -> id.equals(s.deadline().ruleId()) && s.deadline().judged())
                    .forEach(s -> steps.add(s.code()));
            return steps;
        }

        /** A late step is shown under the field that would have extended its deadline. */
        @Override
        public String field() {
            return switch (Procedure.step(steps().iterator().next()).deadline().extension()) {
                case WITH_SUPERIOR_CONSENT -> "superiorConsent";
                case WITH_REASON -> "extensionReason";
                case NONE -> "date";
            };
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            Procedure.Deadline deadline = Procedure.step(c.step()).deadline();
            if (deadline.extension() == Procedure.Extension.WITH_SUPERIOR_CONSENT
                    && c.data() instanceof StepData.Ceremony ceremony && ceremony.superiorConsent() != null) {
                return List.of();
            }
            if (deadline.from() == Procedure.Anchor.END_OF_PROBATION
                    && c.dossier().done(StepCode.RECOGNITION_CELL_RESOLUTION)) {
                return List.of();
            }
            Optional<LocalDate> start = start(c.dossier(), deadline.from(), c.data());
            if (start.isEmpty()) {
                return List.of();
            }
            LocalDate due = due(c.dossier(), deadline, start.get(), v, c.data(), c.facts());
            return c.date().isAfter(due)
                    ? List.of(Problem.of(messageKey, VietnameseDates.format(start.get()), VietnameseDates.format(due),
                            v.number("workingDays"), v.numbers().getOrDefault("extensionWorkingDays", 0)))
                    : List.of();
        }
    }

    /** The day a deadline counts from, if the dossier has it (the data of the step being recorded may tell). */
    static Optional<LocalDate> start(Dossier dossier, Procedure.Anchor anchor, StepData data) {
        return switch (anchor) {
            case NONE -> Optional.empty();
            case CELL_RESOLUTION -> dossier.latest(StepCode.CELL_RESOLUTION).map(StepRecord::date);
            case DECISION_RECEIVED -> data instanceof StepData.Ceremony ceremony && ceremony.decisionReceivedOn() != null
                    ? Optional.of(ceremony.decisionReceivedOn())
                    : dossier.latest(StepCode.ADMISSION_DECISION).map(StepRecord::date);
            // The twelve months end the day before the anniversary: deadlines count from there.
            case LAST_DAY_OF_PROBATION, END_OF_PROBATION -> dossier.probationEnd().map(d -> d.minusDays(1));
            case RECOGNITION_CELL_RESOLUTION -> dossier.latest(StepCode.RECOGNITION_CELL_RESOLUTION)
                    .map(StepRecord::date);
        };
    }

    /** The last day of the deadline counting from the start, extended when the step's data records why. */
    static LocalDate due(Dossier dossier, Procedure.Deadline deadline, LocalDate start, RuleVersion v, StepData data,
            Facts facts) {
        if (deadline.from() == Procedure.Anchor.LAST_DAY_OF_PROBATION) {
            return start;
        }
        int days = v.number("workingDays");
        if (deadline.extension() == Procedure.Extension.WITH_REASON && data instanceof StepData.Issued issued
                && issued.extensionReason() != null) {
            days += v.number("extensionWorkingDays");
        }
        LocalDate due = facts.plusWorkingDays(start, days);
        if (deadline.from() == Procedure.Anchor.END_OF_PROBATION) {
            // Voting again after a vote without two thirds: 30 working days from that vote, if later.
            Optional<LocalDate> lastVote = dossier.latest(StepCode.RECOGNITION_CELL_RESOLUTION).map(StepRecord::date);
            if (lastVote.isPresent()) {
                LocalDate again = facts.plusWorkingDays(lastVote.get(), v.number("workingDays"));
                due = again.isAfter(due) ? again : due;
            }
        }
        return due;
    }

    /** R-PROBATION-12M: the cell votes on recognition no earlier than the end of the twelve months (Charter art. 5). */
    static final class Probation extends BaseRule {
        Probation() {
            super("R-PROBATION-12M", Violation.Severity.BLOCK, EnumSet.of(StepCode.RECOGNITION_CELL_RESOLUTION),
                    Sources.versions(Map.of("probationMonths", 12), Sources.charter(5, 1),
                            Sources.regulation("4.2").optional()));
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            Optional<LocalDate> end = c.dossier().latest(StepCode.CEREMONY)
                    .map(ceremony -> ceremony.date().plusMonths(v.number("probationMonths")));
            return end.isPresent() && c.date().isBefore(end.get())
                    ? List.of(Problem.of("rule.probation.notEnded", VietnameseDates.format(end.get())))
                    : List.of();
        }
    }

    static List<Rule> all() {
        return List.of(
                new Deadline("R-DECISION-60WD", "rule.deadline.decision",
                        Sources.versions(Map.of("workingDays", 60, "extensionWorkingDays", 30),
                                Sources.regulation("4.3.1"))),
                new Deadline("R-CEREMONY-30WD", "rule.deadline.ceremony",
                        Sources.versions(Map.of("workingDays", 30), Sources.regulation("4.1"))),
                new Probation(),
                new Deadline("R-RECOGNITION-CELL-30WD", "rule.deadline.recognitionCell",
                        Sources.versions(Map.of("workingDays", 30), Sources.regulation("4.2"))),
                new Deadline("R-RECOGNITION-DECISION-30WD", "rule.deadline.recognitionDecision",
                        Sources.versions(Map.of("workingDays", 30, "extensionWorkingDays", 30),
                                Sources.regulation("4.3.1"))));
    }
}
