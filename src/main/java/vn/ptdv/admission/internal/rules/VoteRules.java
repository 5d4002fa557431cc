package vn.ptdv.admission.internal.rules;

import java.util.EnumSet;
import java.util.List;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.StepData;
import vn.ptdv.admission.internal.Violation;

/** Resolutions pass with at least two thirds of those entitled to vote. */
final class VoteRules {
    private VoteRules() {
    }

    /** R-CELL-VOTE: the cell proposes the admission with two thirds of its official members. */
    static final class Cell extends BaseRule {
        Cell() {
            super("R-CELL-VOTE", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "votesFor";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            StepData d = c.data();
            return StepData.twoThirds(d.votesFor(), d.officialMembers()) ? List.of()
                    : List.of(Problem.of("rule.vote.cell", d.votesFor(), d.officialMembers()));
        }
    }

    /** R-COMMITTEE-VOTE: the grassroots committee agrees with two thirds of its members. */
    static final class Committee extends BaseRule {
        Committee() {
            super("R-COMMITTEE-VOTE", Violation.Severity.BLOCK,
                    EnumSet.of(StepCode.COMMITTEE_RESOLUTION, StepCode.RECOGNITION_COMMITTEE_RESOLUTION),
                    Sources.REGULATION);
        }

        @Override
        public String field() {
            return "votesFor";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            StepData d = c.data();
            return StepData.twoThirds(d.votesFor(), d.committeeMembers()) ? List.of()
                    : List.of(Problem.of("rule.vote.committee", d.votesFor(), d.committeeMembers()));
        }
    }
}
