package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;

/**
 * A dossier and its history, from which everything else is derived: the state, the steps done,
 * the next step, and which steps each step needs before it.
 */
public final class Dossier {
    static final int PROBATION_MONTHS = 12;
    private static final Set<StepCode> PREPARATION = EnumSet.of(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY,
            StepCode.INTRODUCTION, StepCode.BACKGROUND_CHECK, StepCode.COMMENTS);

    private final long id;
    private final long personId;
    private final long cellId;
    private final boolean grassrootsCell;
    private final boolean underPartialCommittee;
    private final List<StepRecord> history;

    public Dossier(long id, long personId, long cellId, boolean grassrootsCell, boolean underPartialCommittee,
            List<StepRecord> history) {
        this.id = id;
        this.personId = personId;
        this.cellId = cellId;
        this.grassrootsCell = grassrootsCell;
        this.underPartialCommittee = underPartialCommittee;
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

    public boolean grassrootsCell() {
        return grassrootsCell;
    }

    public boolean underPartialCommittee() {
        return underPartialCommittee;
    }

    public List<StepRecord> history() {
        return history;
    }

    /** Steps in the order they happened: by date, then in the order they were recorded. */
    static final Comparator<StepRecord> CHRONOLOGICAL = Comparator.comparing(StepRecord::date)
            .thenComparing(StepRecord::id);

    /** The steps as they stand, in the order they happened: corrections replace what they correct. */
    public List<StepRecord> current() {
        return history.stream().filter(StepRecord::current).sorted(CHRONOLOGICAL).toList();
    }

    /** The latest current record of the step (a recognition vote may be taken more than once). */
    public Optional<StepRecord> latest(StepCode step) {
        return current().stream().filter(r -> r.step() == step).max(CHRONOLOGICAL);
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
        return new Dossier(id, personId, cellId, grassrootsCell, underPartialCommittee,
                history.stream().filter(r -> r.id() != recordId).toList());
    }

    public DossierState state() {
        Optional<StepRecord> stopped = latest(StepCode.STOPPED);
        Optional<StepRecord> reopened = latest(StepCode.REOPENED);
        if (stopped.isPresent() && (reopened.isEmpty() || CHRONOLOGICAL.compare(reopened.get(), stopped.get()) < 0)) {
            return DossierState.STOPPED;
        }
        if (done(StepCode.REMOVAL)) {
            return DossierState.REMOVED;
        }
        if (done(StepCode.RECOGNITION_DECISION)) {
            return DossierState.OFFICIAL;
        }
        if (done(StepCode.ADMISSION_REFUSED)) {
            return DossierState.REFUSED;
        }
        if (done(StepCode.CEREMONY)) {
            return DossierState.PROBATION;
        }
        if (done(StepCode.ADMISSION_DECISION)) {
            return DossierState.ADMITTED;
        }
        if (done(StepCode.CELL_RESOLUTION)) {
            return DossierState.PROPOSED;
        }
        return DossierState.PREPARING;
    }

    /** The steps this kind of dossier goes through, in order. */
    public List<StepCode> sequence() {
        List<StepCode> steps = new ArrayList<>(List.of(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY,
                StepCode.INTRODUCTION, StepCode.BACKGROUND_CHECK, StepCode.COMMENTS, StepCode.CELL_RESOLUTION));
        if (underPartialCommittee) {
            steps.add(StepCode.PARTIAL_COMMITTEE_REVIEW);
        }
        if (!grassrootsCell) {
            steps.add(StepCode.COMMITTEE_RESOLUTION);
        }
        steps.addAll(List.of(StepCode.ADMISSION_DECISION, StepCode.CEREMONY, StepCode.NEW_MEMBER_CLASS,
                StepCode.RECOGNITION_CELL_RESOLUTION));
        if (!grassrootsCell) {
            steps.add(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
        }
        steps.add(StepCode.RECOGNITION_DECISION);
        return steps;
    }

    /** How the cell's recognition votes came out so far. */
    public enum Recognition {
        /** No vote yet. */
        NONE,
        /** Two thirds for recognition. */
        PASSED,
        /** Two thirds against: the member is to be removed. */
        REJECTED,
        /** Neither side reached two thirds: the cell votes again. */
        UNDECIDED,
        /** Three votes without two thirds either way: the superior decides. */
        UNDECIDED_THRICE
    }

    static final int RECOGNITION_VOTES = 3;

    public Recognition recognition() {
        List<StepRecord> votes = current().stream().filter(r -> r.step() == StepCode.RECOGNITION_CELL_RESOLUTION)
                .toList();
        if (votes.isEmpty()) {
            return Recognition.NONE;
        }
        StepData last = votes.get(votes.size() - 1).data();
        if (StepData.twoThirds(last.votesFor(), last.officialMembers())) {
            return Recognition.PASSED;
        }
        if (StepData.twoThirds(last.votesAgainstOrRest(), last.officialMembers())) {
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
        switch (recognition()) {
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
        List<StepCode> sequence = sequence();
        int lastDone = -1;
        for (int i = 0; i < sequence.size(); i++) {
            if (done(sequence.get(i))) {
                lastDone = i;
            }
        }
        for (int i = 0; i < sequence.size(); i++) {
            StepCode step = sequence.get(i);
            boolean skippable = step == StepCode.NEW_MEMBER_CLASS && i < lastDone;
            if (!done(step) && !skippable) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** The steps that must be recorded before this one. */
    public List<StepCode> prerequisites(StepCode step) {
        List<StepCode> before = new ArrayList<>();
        switch (step) {
            case PERSONAL_HISTORY, INTRODUCTION, COMMENTS -> before.add(StepCode.APPLICATION);
            case BACKGROUND_CHECK -> before.add(StepCode.PERSONAL_HISTORY);
            case CELL_RESOLUTION -> before.addAll(PREPARATION);
            case PARTIAL_COMMITTEE_REVIEW -> before.add(StepCode.CELL_RESOLUTION);
            case COMMITTEE_RESOLUTION -> {
                before.add(StepCode.CELL_RESOLUTION);
                if (underPartialCommittee) {
                    before.add(StepCode.PARTIAL_COMMITTEE_REVIEW);
                }
            }
            case ADMISSION_DECISION, ADMISSION_REFUSED -> {
                before.add(StepCode.CELL_RESOLUTION);
                if (underPartialCommittee) {
                    before.add(StepCode.PARTIAL_COMMITTEE_REVIEW);
                }
                if (!grassrootsCell) {
                    before.add(StepCode.COMMITTEE_RESOLUTION);
                }
            }
            case CEREMONY -> before.add(StepCode.ADMISSION_DECISION);
            case NEW_MEMBER_CLASS, RECOGNITION_CELL_RESOLUTION -> before.add(StepCode.CEREMONY);
            case RECOGNITION_COMMITTEE_RESOLUTION, REMOVAL -> before.add(StepCode.RECOGNITION_CELL_RESOLUTION);
            case RECOGNITION_DECISION -> {
                before.add(StepCode.RECOGNITION_CELL_RESOLUTION);
                // After three undecided votes the superior decides without the committee's resolution.
                if (!grassrootsCell && recognition() != Recognition.UNDECIDED_THRICE) {
                    before.add(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
                }
            }
            default -> {
            }
        }
        return before;
    }

    /** The steps already recorded that need this one before them (a late record must not postdate them). */
    public List<StepRecord> dependents(StepCode step) {
        return current().stream().filter(r -> prerequisites(r.step()).contains(step)).toList();
    }

    /** The first day of membership as an official member: the end of the twelve months of probation. */
    public Optional<LocalDate> probationEnd() {
        return latest(StepCode.CEREMONY).map(c -> c.date().plusMonths(PROBATION_MONTHS));
    }
}
