package vn.ptdv.admission.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;

/**
 * The admission procedure as one table, to be read beside the regulation (Charter art. 4 and 5;
 * the regulation implementing the Charter, points 1, 3.5 and 4; the Organization Commission's
 * procedures 12-HD/BTCTW): each step once, with who records it, the steps it needs for each
 * kind of dossier, what it records, its deadline and what it changes in the rest of ptdv.
 * {@link Dossier}, the forms and the API, the service, the schedule and the rules all read it.
 * The numbers of a deadline (working days, the extension) are those of the rule it names, in
 * the version in force on the date.
 */
public final class Procedure {

    /** Who records a step in ptdv (the body whose scope the user must cover). */
    public enum Body {
        /** The cell, or its committee, for the applicant's and introducers' papers too. */
        CELL,
        /** The partial committee between the cell and the grassroots committee. */
        PARTIAL_COMMITTEE,
        /** The grassroots committee (the cell itself for a grassroots cell). */
        GRASSROOTS_COMMITTEE,
        /**
         * The usual authority: the standing committee of the grassroots organization's direct
         * superior, or the grassroots committee delegated the power to admit (regulation 4.3.2).
         */
        AUTHORITY,
        /**
         * Who decides the admission: the usual authority, or the provincial-level standing
         * committee for an applicant over 60 (regulation 1.1.2) or a re-admission (3.5.1).
         */
        ADMITTING_AUTHORITY
    }

    /** When a step or a prerequisite applies. */
    public enum Condition {
        ALWAYS,
        /** The cell lies under a partial committee. */
        UNDER_PARTIAL_COMMITTEE,
        /** The cell lies under a grassroots committee (it is not itself a grassroots cell). */
        UNDER_GRASSROOTS_COMMITTEE,
        /**
         * Under a grassroots committee, unless the cell voted three times without two thirds
         * either way and the superior decides (regulation 4.2.c).
         */
        UNDER_GRASSROOTS_COMMITTEE_UNLESS_REFERRED;

        public boolean holds(Dossier dossier) {
            DossierKind kind = dossier.kind();
            return switch (this) {
                case ALWAYS -> true;
                case UNDER_PARTIAL_COMMITTEE -> kind.underPartialCommittee();
                case UNDER_GRASSROOTS_COMMITTEE -> !kind.grassrootsCell();
                case UNDER_GRASSROOTS_COMMITTEE_UNLESS_REFERRED -> !kind.grassrootsCell()
                        && dossier.cellRecognition() != Dossier.Recognition.UNDECIDED_THRICE;
            };
        }
    }

    /** Where a step lies in the procedure. */
    public enum Path {
        /** On the way from the application to full membership (the timeline). */
        MAIN,
        /** Instead of a main step: a refusal, a removal. */
        ALTERNATIVE,
        /** Stopping and reopening the dossier. */
        CONTROL
    }

    /** What a recorded step changes elsewhere in ptdv. */
    public enum Effect {
        NONE,
        /** The person's pool entry moves on to "applied". */
        APPLIED_FROM_POOL,
        /** The person becomes a probationary member of the cell from the ceremony's date. */
        MEMBER_ADMITTED,
        /** The member is official from the end of the twelve months. */
        MEMBER_RECOGNIZED,
        /** The probationary member's membership ends (xóa tên). */
        MEMBER_REMOVED
    }

    /** Where a deadline counts from. */
    public enum Anchor {
        NONE,
        /** The cell's resolution proposing the admission. */
        CELL_RESOLUTION,
        /** The day the cell received the admission decision (its date when not recorded). */
        DECISION_RECEIVED,
        /** The last day of the twelve months of probation (due that day, no working days). */
        LAST_DAY_OF_PROBATION,
        /** The end of the twelve months of probation, or the cell's last vote when it votes again. */
        END_OF_PROBATION,
        /** The cell's latest vote on recognition. */
        RECOGNITION_CELL_RESOLUTION
    }

    /** How a deadline may be passed without a warning. */
    public enum Extension {
        NONE,
        /** By the rule's extension in working days, when the step records why ({@code extensionReason}). */
        WITH_REASON,
        /** At any time, with the direct superior's consent recorded ({@code superiorConsent}). */
        WITH_SUPERIOR_CONSENT
    }

    /**
     * A step's deadline: the rule that sets it (and its numbers), where it counts from, how it is
     * extended, and whether the step is warned about when late ({@code judged}) or the deadline is
     * only shown while the step is next.
     */
    public record Deadline(String ruleId, Anchor from, Extension extension, boolean judged) {
        public static final Deadline NONE = new Deadline(null, Anchor.NONE, Extension.NONE, false);

        public boolean exists() {
            return ruleId != null;
        }
    }

    /** A step needed before another, when the condition holds. */
    public record Need(StepCode step, Condition when) {
    }

    /**
     * A step of the procedure. {@code repeatable}: taken again after a vote without two thirds
     * either way (up to three times); {@code skippable}: not next any more once a later step is
     * recorded.
     */
    public record Step(StepCode code, Body owner, Path path, Condition appliesWhen, List<Need> needs,
            Class<? extends StepData> data, Deadline deadline, DossierState leadsTo, Effect effect,
            boolean repeatable, boolean skippable) {

        public boolean appliesTo(Dossier dossier) {
            return appliesWhen.holds(dossier);
        }

        /** The steps needed before this one in the dossier. */
        public List<StepCode> prerequisites(Dossier dossier) {
            return needs.stream().filter(n -> n.when().holds(dossier)).map(Need::step).toList();
        }

        /** Recorded by a party committee rather than the cell. */
        public boolean byAuthority() {
            return owner == Body.AUTHORITY || owner == Body.ADMITTING_AUTHORITY;
        }
    }

    private static final Deadline DECISION = new Deadline("R-DECISION-60WD", Anchor.CELL_RESOLUTION,
            Extension.WITH_REASON, true);
    private static final Deadline RECOGNITION_DECISION = new Deadline("R-RECOGNITION-DECISION-30WD",
            Anchor.RECOGNITION_CELL_RESOLUTION, Extension.WITH_REASON, true);

    /** The procedure, in its order. */
    private static final List<Step> TABLE = List.of(
            row(StepCode.APPLICATION).by(Body.CELL).data(StepData.NoData.class).noDeadline()
                    .effect(Effect.APPLIED_FROM_POOL).build(),
            row(StepCode.PERSONAL_HISTORY).by(Body.CELL).needs(StepCode.APPLICATION)
                    .data(StepData.NoData.class).noDeadline().build(),
            row(StepCode.INTRODUCTION).by(Body.CELL).needs(StepCode.APPLICATION)
                    .data(StepData.Introduction.class).noDeadline().build(),
            row(StepCode.BACKGROUND_CHECK).by(Body.GRASSROOTS_COMMITTEE).needs(StepCode.PERSONAL_HISTORY)
                    .data(StepData.BackgroundCheck.class).noDeadline().build(),
            row(StepCode.COMMENTS).by(Body.CELL).needs(StepCode.APPLICATION)
                    .data(StepData.NoData.class).noDeadline().build(),
            row(StepCode.CELL_RESOLUTION).by(Body.CELL)
                    .needs(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY, StepCode.INTRODUCTION,
                            StepCode.BACKGROUND_CHECK, StepCode.COMMENTS)
                    .data(StepData.ProposalVote.class).noDeadline().leadsTo(DossierState.PROPOSED).build(),
            row(StepCode.PARTIAL_COMMITTEE_REVIEW).by(Body.PARTIAL_COMMITTEE)
                    .appliesWhen(Condition.UNDER_PARTIAL_COMMITTEE).needs(StepCode.CELL_RESOLUTION)
                    .data(StepData.CommitteeReview.class).deadline(shown(DECISION)).build(),
            row(StepCode.COMMITTEE_RESOLUTION).by(Body.GRASSROOTS_COMMITTEE)
                    .appliesWhen(Condition.UNDER_GRASSROOTS_COMMITTEE).needs(StepCode.CELL_RESOLUTION)
                    .needsWhen(Condition.UNDER_PARTIAL_COMMITTEE, StepCode.PARTIAL_COMMITTEE_REVIEW)
                    .data(StepData.CommitteeVote.class).deadline(shown(DECISION)).build(),
            row(StepCode.ADMISSION_DECISION).by(Body.ADMITTING_AUTHORITY).needs(StepCode.CELL_RESOLUTION)
                    .needsWhen(Condition.UNDER_PARTIAL_COMMITTEE, StepCode.PARTIAL_COMMITTEE_REVIEW)
                    .needsWhen(Condition.UNDER_GRASSROOTS_COMMITTEE, StepCode.COMMITTEE_RESOLUTION)
                    .data(StepData.Decision.class).deadline(DECISION).leadsTo(DossierState.ADMITTED).build(),
            row(StepCode.ADMISSION_REFUSED).by(Body.ADMITTING_AUTHORITY).path(Path.ALTERNATIVE)
                    .needs(StepCode.CELL_RESOLUTION)
                    .needsWhen(Condition.UNDER_PARTIAL_COMMITTEE, StepCode.PARTIAL_COMMITTEE_REVIEW)
                    .needsWhen(Condition.UNDER_GRASSROOTS_COMMITTEE, StepCode.COMMITTEE_RESOLUTION)
                    .data(StepData.Refusal.class).deadline(DECISION).leadsTo(DossierState.REFUSED).build(),
            row(StepCode.CEREMONY).by(Body.CELL).needs(StepCode.ADMISSION_DECISION)
                    .data(StepData.Ceremony.class)
                    .deadline(new Deadline("R-CEREMONY-30WD", Anchor.DECISION_RECEIVED,
                            Extension.WITH_SUPERIOR_CONSENT, true))
                    .leadsTo(DossierState.PROBATION).effect(Effect.MEMBER_ADMITTED).build(),
            row(StepCode.NEW_MEMBER_CLASS).by(Body.CELL).needs(StepCode.CEREMONY)
                    .data(StepData.NewMemberClass.class)
                    .deadline(new Deadline("R-PROBATION-12M", Anchor.LAST_DAY_OF_PROBATION, Extension.NONE, false))
                    .skippable().build(),
            row(StepCode.RECOGNITION_CELL_RESOLUTION).by(Body.CELL).needs(StepCode.CEREMONY)
                    .data(StepData.CellVote.class)
                    .deadline(new Deadline("R-RECOGNITION-CELL-30WD", Anchor.END_OF_PROBATION, Extension.NONE, true))
                    .repeatable().build(),
            row(StepCode.RECOGNITION_COMMITTEE_RESOLUTION).by(Body.GRASSROOTS_COMMITTEE)
                    .appliesWhen(Condition.UNDER_GRASSROOTS_COMMITTEE).needs(StepCode.RECOGNITION_CELL_RESOLUTION)
                    .data(StepData.CommitteeVote.class).deadline(shown(RECOGNITION_DECISION)).repeatable().build(),
            row(StepCode.RECOGNITION_DECISION).by(Body.AUTHORITY).needs(StepCode.RECOGNITION_CELL_RESOLUTION)
                    .needsWhen(Condition.UNDER_GRASSROOTS_COMMITTEE_UNLESS_REFERRED,
                            StepCode.RECOGNITION_COMMITTEE_RESOLUTION)
                    .data(StepData.Decision.class).deadline(RECOGNITION_DECISION).leadsTo(DossierState.OFFICIAL)
                    .effect(Effect.MEMBER_RECOGNIZED).build(),
            row(StepCode.REMOVAL).by(Body.AUTHORITY).path(Path.ALTERNATIVE)
                    .needs(StepCode.RECOGNITION_CELL_RESOLUTION).data(StepData.Removal.class)
                    .deadline(RECOGNITION_DECISION).leadsTo(DossierState.REMOVED).effect(Effect.MEMBER_REMOVED)
                    .build(),
            row(StepCode.STOPPED).by(Body.CELL).path(Path.CONTROL).data(StepData.Reason.class).noDeadline()
                    .leadsTo(DossierState.STOPPED).build(),
            row(StepCode.REOPENED).by(Body.CELL).path(Path.CONTROL).data(StepData.Reason.class).noDeadline()
                    .build());

    private static final Map<StepCode, Step> BY_CODE = new EnumMap<>(StepCode.class);

    static {
        TABLE.forEach(s -> BY_CODE.put(s.code(), s));
    }

    private Procedure() {
    }

    /** Every step, in the procedure's order. */
    public static List<Step> steps() {
        return TABLE;
    }

    public static Step step(StepCode code) {
        Step step = BY_CODE.get(code);
        if (step == null) {
            throw new IllegalStateException("The procedure's table has no step " + code);
        }
        return step;
    }

    /** The field names a step's data takes, as the API and the pages name them. */
    public static List<String> fieldsOf(StepCode code) {
        return Arrays.stream(step(code).data().getRecordComponents()).map(c -> c.getName()).toList();
    }

    /** A deadline shown while the step is next, and judged on the step it leads to. */
    private static Deadline shown(Deadline deadline) {
        return new Deadline(deadline.ruleId(), deadline.from(), deadline.extension(), false);
    }

    private static Builder row(StepCode code) {
        return new Builder(code);
    }

    /** Writes a row of the table so that it reads like the procedure. */
    private static final class Builder {
        private final StepCode code;
        private Body owner;
        private Path path = Path.MAIN;
        private Condition appliesWhen = Condition.ALWAYS;
        private final List<Need> needs = new ArrayList<>();
        private Class<? extends StepData> data;
        private Deadline deadline;
        private DossierState leadsTo;
        private Effect effect = Effect.NONE;
        private boolean repeatable;
        private boolean skippable;

        Builder(StepCode code) {
            this.code = code;
        }

        Builder by(Body body) {
            owner = body;
            return this;
        }

        Builder path(Path value) {
            path = value;
            return this;
        }

        Builder appliesWhen(Condition condition) {
            appliesWhen = condition;
            return this;
        }

        Builder needs(StepCode... steps) {
            for (StepCode step : steps) {
                needs.add(new Need(step, Condition.ALWAYS));
            }
            return this;
        }

        Builder needsWhen(Condition condition, StepCode step) {
            needs.add(new Need(step, condition));
            return this;
        }

        Builder data(Class<? extends StepData> type) {
            data = type;
            return this;
        }

        Builder deadline(Deadline value) {
            deadline = value;
            return this;
        }

        Builder noDeadline() {
            deadline = Deadline.NONE;
            return this;
        }

        Builder leadsTo(DossierState state) {
            leadsTo = state;
            return this;
        }

        Builder effect(Effect value) {
            effect = value;
            return this;
        }

        Builder repeatable() {
            repeatable = true;
            return this;
        }

        Builder skippable() {
            skippable = true;
            return this;
        }

        Step build() {
            return new Step(code, owner, path, appliesWhen, List.copyOf(needs), data, deadline, leadsTo, effect,
                    repeatable, skippable);
        }
    }
}
