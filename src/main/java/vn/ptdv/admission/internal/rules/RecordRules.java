package vn.ptdv.admission.internal.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/** Facts of a step checked against ptdv's own records: warnings the user answers, never refusals. */
final class RecordRules {
    private RecordRules() {
    }

    /**
     * R-CELL-REGISTER: the number of official members given for a cell's vote is the number the
     * member register counts in the cell on that day (those entitled to vote, Charter art. 4.3).
     */
    static final class CellRegister extends BaseRule {
        CellRegister() {
            super("R-CELL-REGISTER", Violation.Severity.WARN,
                    EnumSet.of(StepCode.CELL_RESOLUTION, StepCode.RECOGNITION_CELL_RESOLUTION),
                    Sources.versions(Map.of(), Sources.charter(4, 3)));
        }

        @Override
        public String field() {
            return "officialMembers";
        }

        @Override
        public boolean answerable() {
            return true;
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            if (!(c.data() instanceof StepData.Vote vote)) {
                return List.of();
            }
            return c.facts().officialMembersOfCell(c.date()).filter(registered -> registered != vote.entitled())
                    .map(registered -> List.of(Problem.of("rule.register.officialMembers", vote.entitled(), registered,
                            VietnameseDates.format(c.date()))))
                    .orElse(List.of());
        }
    }

    /**
     * R-RECOGNITION-CLASS: a probationary member attends the new-member class during probation;
     * the cell's recognition vote without it recorded is a warning (the Organization
     * Commission's procedures).
     */
    static final class RecognitionClass extends BaseRule {
        RecognitionClass() {
            super("R-RECOGNITION-CLASS", Violation.Severity.WARN, EnumSet.of(StepCode.RECOGNITION_CELL_RESOLUTION),
                    Sources.versions(Map.of(), Sources.procedure()));
        }

        @Override
        public boolean answerable() {
            return true;
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            return c.dossier().done(StepCode.NEW_MEMBER_CLASS) ? List.of()
                    : List.of(Problem.of("rule.recognition.noClass"));
        }
    }
}
