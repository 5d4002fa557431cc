package vn.ptdv.admission.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.Procedure;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;

/**
 * R-STEP-ORDER: a step the procedure's table applies to the dossier comes after the steps it
 * needs, on or after their dates, and before the steps already recorded that need it; a step is
 * recorded once, but for a recognition vote of the cell or of the committee without two thirds
 * either way, taken again up to three times, after which the superior decides (regulation
 * 4.2.c); removal follows a vote of two thirds against, or three votes without two thirds;
 * nothing is recorded on a closed dossier but a reopening of a stopped one.
 */
final class StepOrderRule extends BaseRule {
    StepOrderRule() {
        super("R-STEP-ORDER", Violation.Severity.BLOCK, EnumSet.allOf(StepCode.class),
                Sources.versions(Map.of("recognitionVotes", Dossier.RECOGNITION_VOTES), Sources.procedure(),
                        Sources.regulation("4.2").optional()));
    }

    @Override
    public String field() {
        return "step";
    }

    @Override
    public boolean structural() {
        return true;
    }

    @Override
    public List<Problem> check(RuleContext c, RuleVersion v) {
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
        Procedure.Step definition = Procedure.step(step);
        if (!definition.appliesTo(dossier)) {
            problems.add(Problem.of("rule.order.notApplicable", Problems.term(step.messageKey())));
            return problems;
        }
        Optional<Problem> again = takenAgain(dossier, step);
        if (again.isPresent()) {
            problems.add(again.get());
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
        Dossier.Recognition recognition = dossier.recognition();
        if (recognition != Dossier.Recognition.NONE) {
            boolean referred = recognition == Dossier.Recognition.UNDECIDED_THRICE;
            if (step == StepCode.REMOVAL && recognition != Dossier.Recognition.REJECTED && !referred) {
                problems.add(Problem.of("rule.order.removalNeedsRejection"));
            }
            if (step == StepCode.RECOGNITION_DECISION && recognition != Dossier.Recognition.PASSED && !referred) {
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

    /**
     * Why a step cannot be recorded (again): a step is recorded once; a recognition vote of the
     * cell, or of the committee once the cell's passed, is taken again only after a vote without
     * two thirds either way, and not after the third.
     */
    private static Optional<Problem> takenAgain(Dossier dossier, StepCode step) {
        Problem already = Problem.of("rule.order.alreadyRecorded", Problems.term(step.messageKey()));
        if (step == StepCode.RECOGNITION_CELL_RESOLUTION) {
            return switch (dossier.cellRecognition()) {
                case NONE, UNDECIDED -> Optional.empty();
                case UNDECIDED_THRICE -> Optional.of(Problem.of("rule.order.recognitionThrice"));
                default -> Optional.of(already);
            };
        }
        if (step == StepCode.RECOGNITION_COMMITTEE_RESOLUTION) {
            if (dossier.cellRecognition() != Dossier.Recognition.PASSED) {
                return dossier.cellRecognition() == Dossier.Recognition.NONE ? Optional.empty()
                        : Optional.of(Problem.of("rule.order.recognitionNotPassed"));
            }
            return switch (dossier.committeeRecognition()) {
                case NONE, UNDECIDED -> Optional.empty();
                case UNDECIDED_THRICE -> Optional.of(Problem.of("rule.order.committeeThrice"));
                default -> Optional.of(already);
            };
        }
        return dossier.done(step) ? Optional.of(already) : Optional.empty();
    }

    /** Stopping and reopening come after everything recorded before them. */
    private static void notBeforeLast(RuleContext c, Dossier dossier, List<Problem> problems) {
        dossier.last().filter(last -> c.date().isBefore(last.date()))
                .ifPresent(last -> problems.add(Problem.of("rule.order.beforeLast",
                        Problems.term(last.step().messageKey()), VietnameseDates.format(last.date()))));
    }
}
