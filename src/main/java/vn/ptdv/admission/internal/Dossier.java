package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;

/**
 * A dossier and its history, from which everything else is derived by the procedure's table:
 * the state, the steps done, the next step, and which steps each step needs before it.
 */
public final class Dossier {
    static final int PROBATION_MONTHS = 12;
    /** Votes on recognition without two thirds either way, after which the superior decides (regulation 4.2.c). */
    public static final int RECOGNITION_VOTES = 3;

    private final long id;
    private final long personId;
    private final long cellId;
    private final DossierKind kind;
    private final List<StepRecord> history;

    public Dossier(long id, long personId, long cellId, DossierKind kind, List<StepRecord> history) {
        this.id = id;
        this.personId = personId;
        this.cellId = cellId;
        this.kind = kind;
        this.history = List.copyOf(history);
    }

    public long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public long cellId() {
        return cellId;
    }

    public DossierKind kind() {
        return kind;
    }

    public List<StepRecord> history() {
        return history;
    }

    /** The same dossier seen as another kind (the kind of a step's date). */
    public Dossier as(DossierKind other) {
        return new Dossier(id, personId, cellId, other, history);
    }

    /** Steps in the order they happened: by date, then in the order they were recorded. */
    static final Comparator<StepRecord> CHRONOLOGICAL = Comparator.comparing(StepRecord::date)
            .thenComparing(StepRecord::id);

    /** The steps as they stand, in the order they happened: corrections replace what they correct. */
    public List<StepRecord> current() {
        return history.stream().filter(StepRecord::current).sorted(CHRONOLOGICAL).toList();
    }

    /** The current records of the step, in the order they happened (a vote may be taken again). */
    public List<StepRecord> records(StepCode step) {
        return current().stream().filter(r -> r.step() == step).toList();
    }

    /** The latest current record of the step. */
    public Optional<StepRecord> latest(StepCode step) {
        List<StepRecord> records = records(step);
        return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
    }

    /** The last step that happened, if any. */
    public Optional<StepRecord> last() {
        List<StepRecord> steps = current();
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    public boolean done(StepCode step) {
        return latest(step).isPresent();
    }

    /** The dossier as if the record were absent (for checking a correction of it). */
    public Dossier without(long recordId) {
        return new Dossier(id, personId, cellId, kind, history.stream().filter(r -> r.id() != recordId).toList());
    }

    /** The state the latest of its steps leads to, by the table (a reopening lifts a stop). */
    public DossierState state() {
        Optional<StepRecord> stopped = latest(StepCode.STOPPED);
        Optional<StepRecord> reopened = latest(StepCode.REOPENED);
        if (stopped.isPresent() && (reopened.isEmpty() || CHRONOLOGICAL.compare(reopened.get(), stopped.get()) < 0)) {
            return DossierState.STOPPED;
        }
        // Later states of the enum win: a removal over a recognition vote, a decision over a proposal.
        DossierState state = DossierState.PREPARING;
        for (StepRecord record : current()) {
            DossierState leadsTo = Procedure.step(record.step()).leadsTo();
            if (leadsTo != null && leadsTo != DossierState.STOPPED && leadsTo.compareTo(state) > 0) {
                state = leadsTo;
            }
        }
        return state;
    }

    /** The steps this kind of dossier goes through, in order. */
    public List<StepCode> sequence() {
        return Procedure.steps().stream().filter(s -> s.path() == Procedure.Path.MAIN && s.appliesTo(this))
                .map(Procedure.Step::code).toList();
    }

    /** How the recognition votes of a body came out so far. */
    public enum Recognition {
        /** No vote yet. */
        NONE,
        /** Two thirds for recognition. */
        PASSED,
        /** Two thirds against: the member is to be removed. */
        REJECTED,
        /** Neither side reached two thirds: the body votes again. */
        UNDECIDED,
        /** Three votes without two thirds either way: the superior decides. */
        UNDECIDED_THRICE
    }

    /** The cell's recognition votes so far. */
    public Recognition cellRecognition() {
        return outcome(StepCode.RECOGNITION_CELL_RESOLUTION);
    }

    /** The grassroots committee's recognition votes so far (after the cell's passed). */
    public Recognition committeeRecognition() {
        return outcome(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
    }

    /**
     * Where recognition stands: the cell's votes, and once they passed, the committee's — the
     * three-vote rule applies to the committee as to the cell.
     */
    public Recognition recognition() {
        Recognition cell = cellRecognition();
        if (cell != Recognition.PASSED || kind.grassrootsCell()) {
            return cell;
        }
        Recognition committee = committeeRecognition();
        return committee == Recognition.NONE ? Recognition.PASSED : committee;
    }

    private Recognition outcome(StepCode step) {
        List<StepRecord> votes = records(step);
        if (votes.isEmpty()) {
            return Recognition.NONE;
        }
        if (!(votes.get(votes.size() - 1).data() instanceof StepData.Vote last)) {
            return Recognition.NONE;
        }
        if (Share.TWO_THIRDS.reachedBy(last.votesFor(), last.entitled())) {
            return Recognition.PASSED;
        }
        if (Share.TWO_THIRDS.reachedBy(last.againstOrRest(), last.entitled())) {
            return Recognition.REJECTED;
        }
        return votes.size() >= RECOGNITION_VOTES ? Recognition.UNDECIDED_THRICE : Recognition.UNDECIDED;
    }

    /** What is to be done next, if anything. */
    public Optional<StepCode> nextStep() {
        DossierState state = state();
        if (state == DossierState.STOPPED) {
            return Optional.of(StepCode.REOPENED);
        }
        if (!state.open()) {
            return Optional.empty();
        }
        Recognition cell = cellRecognition();
        switch (cell) {
            case REJECTED -> {
                return Optional.of(StepCode.REMOVAL);
            }
            case UNDECIDED -> {
                return Optional.of(StepCode.RECOGNITION_CELL_RESOLUTION);
            }
            case UNDECIDED_THRICE -> {
                return Optional.of(StepCode.RECOGNITION_DECISION);
            }
            default -> {
            }
        }
        if (cell == Recognition.PASSED && !kind.grassrootsCell()) {
            switch (committeeRecognition()) {
                case REJECTED -> {
                    return Optional.of(StepCode.REMOVAL);
                }
                case UNDECIDED -> {
                    return Optional.of(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
                }
                case UNDECIDED_THRICE -> {
                    return Optional.of(StepCode.RECOGNITION_DECISION);
                }
                default -> {
                }
            }
        }
        List<StepCode> sequence = sequence();
        int lastDone = -1;
        for (int i = 0; i < sequence.size(); i++) {
            if (done(sequence.get(i))) {
                lastDone = i;
            }
        }
        for (int i = 0; i < sequence.size(); i++) {
            StepCode step = sequence.get(i);
            boolean skipped = Procedure.step(step).skippable() && i < lastDone;
            if (!done(step) && !skipped) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The steps that must be recorded before this one. */
    public List<StepCode> prerequisites(StepCode step) {
        return Procedure.step(step).prerequisites(this);
    }

    /** The steps already recorded that need this one before them (a late record must not postdate them). */
    public List<StepRecord> dependents(StepCode step) {
        return current().stream().filter(r -> prerequisites(r.step()).contains(step)).toList();
    }

    /** The first day of membership as an official member: the end of the twelve months of probation. */
    public Optional<LocalDate> probationEnd() {
        return latest(StepCode.CEREMONY).map(c -> c.date().plusMonths(PROBATION_MONTHS));
    }

    /** The date of the cell's vote proposing the admission, if it voted. */
    public Optional<LocalDate> proposedOn() {
        return latest(StepCode.CELL_RESOLUTION).map(StepRecord::date);
    }
}
