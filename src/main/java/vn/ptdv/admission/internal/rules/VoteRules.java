package vn.ptdv.admission.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.Share;
import vn.ptdv.admission.internal.Violation;

/**
 * Proposals to admit pass with at least two thirds of those entitled to vote (Charter art. 4.3).
 * A recognition vote short of two thirds is not refused: it is recorded as a failed vote, and
 * after three the superior decides (see the step order and {@code Dossier.recognition()}).
 */
final class VoteRules {
    private VoteRules() {
    }

    private static List<Rule.Problem> shortOf(StepData data, RuleVersion v, String messageKey) {
        if (!(data instanceof StepData.Vote vote)) {
            return List.of();
        }
        Share share = v.share("share");
        return share.reachedBy(vote.votesFor(), vote.entitled()) ? List.of()
                : List.of(Rule.Problem.of(messageKey, vote.votesFor(), vote.entitled(), share.toString()));
    }

    /** R-CELL-VOTE: the cell proposes the admission with two thirds of its official members. */
    static final class Cell extends BaseRule {
        Cell() {
            super("R-CELL-VOTE", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("share", Share.TWO_THIRDS), Sources.charter(4, 3),
                            Sources.regulation("3").optional()));
        }

        @Override
        public String field() {
            return "votesFor";
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            return shortOf(c.data(), v, "rule.vote.cell");
        }
    }

    /** R-COMMITTEE-VOTE: the grassroots committee proposes the admission with two thirds of its members. */
    static final class Committee extends BaseRule {
        Committee() {
            super("R-COMMITTEE-VOTE", Violation.Severity.BLOCK, EnumSet.of(StepCode.COMMITTEE_RESOLUTION),
                    Sources.versions(Map.of("share", Share.TWO_THIRDS), Sources.charter(4, 3),
                            Sources.regulation("3").optional()));
        }

        @Override
        public String field() {
            return "votesFor";
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            return shortOf(c.data(), v, "rule.vote.committee");
        }
    }
}
