package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/** Deadlines counted in working days, and the twelve months of probation. */
public final class DeadlineRules {
    public static final int DECISION_WORKING_DAYS = 60;
    public static final int CEREMONY_WORKING_DAYS = 30;
    public static final int RECOGNITION_WORKING_DAYS = 30;
    public static final int EXTENSION_WORKING_DAYS = 30;

    private DeadlineRules() {
    }

    /**
     * R-DECISION-60WD: the authority decides within 60 working days of the cell's resolution, 30
     * more when it recorded why.
     */
    static final class Decision extends BaseRule {
        Decision() {
            super("R-DECISION-60WD", Violation.Severity.WARN,
                    EnumSet.of(StepCode.ADMISSION_DECISION, StepCode.ADMISSION_REFUSED), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "extensionReason";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            return late(c, c.dossier().latest(StepCode.CELL_RESOLUTION), DECISION_WORKING_DAYS,
                    c.data().extensionReason() != null, "rule.deadline.decision");
        }
    }

    /**
     * R-CEREMONY-30WD: the ceremony takes place within 30 working days of receiving the decision;
     * later only with the consent of the direct superior, recorded.
     */
    static final class Ceremony extends BaseRule {
        Ceremony() {
            super("R-CEREMONY-30WD", Violation.Severity.WARN, EnumSet.of(StepCode.CEREMONY), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "superiorConsent";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            Optional<StepRecord> decision = c.dossier().latest(StepCode.ADMISSION_DECISION);
            if (decision.isEmpty() || c.data().superiorConsent() != null) {
                return List.of();
            }
            LocalDate received = c.data().decisionReceivedOn() != null ? c.data().decisionReceivedOn()
                    : decision.get().date();
            LocalDate due = c.facts().plusWorkingDays(received, CEREMONY_WORKING_DAYS);
            return c.date().isAfter(due)
                    ? List.of(Problem.of("rule.deadline.ceremony", VietnameseDates.format(received),
                            VietnameseDates.format(due)))
                    : List.of();
        }
    }

    /** R-PROBATION-12M: the cell votes on recognition no earlier than the end of the twelve months. */
    static final class Probation extends BaseRule {
        Probation() {
            super("R-PROBATION-12M", Violation.Severity.BLOCK, EnumSet.of(StepCode.RECOGNITION_CELL_RESOLUTION),
                    Sources.CHARTER_ART_5);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            Optional<LocalDate> end = c.dossier().probationEnd();
            return end.isPresent() && c.date().isBefore(end.get())
                    ? List.of(Problem.of("rule.probation.notEnded", VietnameseDates.format(end.get())))
                    : List.of();
        }
    }

    /** R-RECOGNITION-CELL-30WD: the cell votes within 30 working days after the twelve months end. */
    static final class RecognitionCell extends BaseRule {
        RecognitionCell() {
            super("R-RECOGNITION-CELL-30WD", Violation.Severity.WARN, EnumSet.of(StepCode.RECOGNITION_CELL_RESOLUTION),
                    Sources.REGULATION);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            Optional<LocalDate> end = c.dossier().probationEnd();
            if (end.isEmpty() || c.dossier().done(StepCode.RECOGNITION_CELL_RESOLUTION)) {
                return List.of();
            }
            // The twelve months end the day before the anniversary: 30 working days count from there.
            LocalDate due = c.facts().plusWorkingDays(end.get().minusDays(1), RECOGNITION_WORKING_DAYS);
            return c.date().isAfter(due)
                    ? List.of(Problem.of("rule.deadline.recognitionCell", VietnameseDates.format(due)))
                    : List.of();
        }
    }

    /**
     * R-RECOGNITION-DECISION-30WD: the authority decides within 30 working days of the cell's
     * recognition vote, 30 more when it recorded why.
     */
    static final class RecognitionDecision extends BaseRule {
        RecognitionDecision() {
            super("R-RECOGNITION-DECISION-30WD", Violation.Severity.WARN,
                    EnumSet.of(StepCode.RECOGNITION_DECISION, StepCode.REMOVAL), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "extensionReason";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            return late(c, c.dossier().latest(StepCode.RECOGNITION_CELL_RESOLUTION), RECOGNITION_WORKING_DAYS,
                    c.data().extensionReason() != null, "rule.deadline.recognitionDecision");
        }
    }

    private static List<Rule.Problem> late(RuleContext c, Optional<StepRecord> from, int workingDays,
            boolean extended, String messageKey) {
        if (from.isEmpty()) {
            return List.of();
        }
        LocalDate due = c.facts().plusWorkingDays(from.get().date(), workingDays + (extended ? EXTENSION_WORKING_DAYS : 0));
        return c.date().isAfter(due)
                ? List.of(Rule.Problem.of(messageKey, VietnameseDates.format(from.get().date()),
                        VietnameseDates.format(due)))
                : List.of();
    }
}
