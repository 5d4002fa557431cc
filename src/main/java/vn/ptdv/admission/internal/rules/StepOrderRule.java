package vn.ptdv.admission.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;

/**
 * R-STEP-ORDER: a step comes after the steps it needs, on or after their dates, and before the
 * steps already recorded that need it; a step is recorded once (a recognition vote may be
 * retaken); nothing is recorded on a closed dossier but a reopening of a stopped one.
 */
final class StepOrderRule extends BaseRule {
    StepOrderRule() {
        super("R-STEP-ORDER", Violation.Severity.BLOCK, EnumSet.allOf(StepCode.class), Sources.PROCEDURE);
    }

    @Override
    public String field() {
        return "step";
    }

    @Override
    public List<Problem> check(RuleContext c) {
        Dossier dossier = c.dossier();
        List<Problem> problems = new ArrayList<>();
        DossierState state = dossier.state();
        StepCode step = c.step();
        if (step == StepCode.REOPENED) {
            if (state != DossierState.STOPPED) {
                problems.add(Problem.of("rule.order.notStopped"));
            } else {
                notBeforeLast(c, dossier, problems);
            }
            return problems;
        }
        if (state == DossierState.STOPPED) {
            problems.add(Problem.of("rule.order.stopped"));
            return problems;
        }
        if (!state.open()) {
            problems.add(Problem.of("rule.order.closed", Problems.term(state.messageKey())));
            return problems;
        }
        if (step == StepCode.STOPPED) {
            notBeforeLast(c, dossier, problems);
            return problems;
        }
        if (step == StepCode.PARTIAL_COMMITTEE_REVIEW && !dossier.underPartialCommittee()
                || (step == StepCode.COMMITTEE_RESOLUTION || step == StepCode.RECOGNITION_COMMITTEE_RESOLUTION)
                        && dossier.grassrootsCell()) {
            problems.add(Problem.of("rule.order.notApplicable", Problems.term(step.messageKey())));
            return problems;
        }
        Dossier.Recognition recognition = dossier.recognition();
        if (step == StepCode.RECOGNITION_CELL_RESOLUTION && recognition != Dossier.Recognition.NONE
                && recognition != Dossier.Recognition.UNDECIDED) {
            problems.add(recognition == Dossier.Recognition.UNDECIDED_THRICE
                    ? Problem.of("rule.order.recognitionThrice")
                    : Problem.of("rule.order.alreadyRecorded", Problems.term(step.messageKey())));
            return problems;
        }
        if (dossier.done(step) && step != StepCode.RECOGNITION_CELL_RESOLUTION) {
            problems.add(Problem.of("rule.order.alreadyRecorded", Problems.term(step.messageKey())));
            return problems;
        }
        for (StepCode needed : dossier.prerequisites(step)) {
            Optional<StepRecord> record = dossier.latest(needed);
            if (record.isEmpty()) {
                problems.add(Problem.of("rule.order.missing", Problems.term(needed.messageKey())));
            } else if (c.date().isBefore(record.get().date())) {
                problems.add(Problem.of("rule.order.beforeNeeded", Problems.term(needed.messageKey()),
                        VietnameseDates.format(record.get().date())));
            }
        }
        if (recognition != Dossier.Recognition.NONE) {
            if (step == StepCode.REMOVAL && recognition != Dossier.Recognition.REJECTED
                    && recognition != Dossier.Recognition.UNDECIDED_THRICE) {
                problems.add(Problem.of("rule.order.removalNeedsRejection"));
            }
            if (step == StepCode.RECOGNITION_COMMITTEE_RESOLUTION && recognition != Dossier.Recognition.PASSED
                    || step == StepCode.RECOGNITION_DECISION && recognition != Dossier.Recognition.PASSED
                            && recognition != Dossier.Recognition.UNDECIDED_THRICE) {
                problems.add(Problem.of("rule.order.recognitionNotPassed"));
            }
        }
        for (StepRecord later : dossier.dependents(step)) {
            if (c.date().isAfter(later.date())) {
                problems.add(Problem.of("rule.order.afterDependent", Problems.term(later.step().messageKey()),
                        VietnameseDates.format(later.date())));
            }
        }
        return problems;
    }

    /** Stopping and reopening come after everything recorded before them. */
    private static void notBeforeLast(RuleContext c, Dossier dossier, List<Problem> problems) {
        dossier.last().filter(last -> c.date().isBefore(last.date()))
                .ifPresent(last -> problems.add(Problem.of("rule.order.beforeLast",
                        Problems.term(last.step().messageKey()), VietnameseDates.format(last.date()))));
    }
}
