package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.StepData;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/** Who may introduce the applicant (người giới thiệu). */
final class IntroductionRules {
    private IntroductionRules() {
    }

    /**
     * R-INTRO-COUNT: two official members; or the Youth Union's executive committee and one member
     * for an applicant of youth age; or the trade union's executive committee and one member.
     */
    static final class Count extends BaseRule {
        Count() {
            super("R-INTRO-COUNT", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION), Sources.CHARTER_ART_4);
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            StepData data = c.data();
            List<Problem> problems = new ArrayList<>();
            Set<Long> distinct = new HashSet<>();
            data.introducers().forEach(i -> distinct.add(i.memberId()));
            if (distinct.size() != data.introducers().size()) {
                problems.add(Problem.of("rule.intro.duplicate"));
            }
            int members = distinct.size();
            if (data.union() == null) {
                if (members != 2) {
                    problems.add(Problem.of("rule.intro.twoMembers", members));
                }
                return problems;
            }
            if (members != 1) {
                problems.add(Problem.of("rule.intro.unionAndOneMember", members));
            }
            if (data.union().youthUnion()) {
                LocalDate tooOld = c.facts().birthDate().plusYears(c.facts().youthUnionAge() + 1L);
                if (!c.date().isBefore(tooOld)) {
                    problems.add(Problem.of("rule.intro.notYouth", c.facts().youthUnionAge()));
                }
            }
            return problems;
        }
    }

    /** R-INTRO-OFFICIAL: each member introducer is an official member on the day of the introduction. */
    static final class Official extends BaseRule {
        Official() {
            super("R-INTRO-OFFICIAL", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            List<Problem> problems = new ArrayList<>();
            for (StepData.Introducer introducer : c.data().introducers()) {
                Optional<Facts.IntroducerFacts> facts = c.facts().introducer(introducer.memberId(), c.date());
                if (facts.isEmpty()) {
                    problems.add(Problem.of("rule.intro.notAMember", String.valueOf(introducer.memberId()),
                            VietnameseDates.format(c.date())));
                } else if (!facts.get().official()) {
                    problems.add(Problem.of("rule.intro.notOfficial", facts.get().fullName(),
                            VietnameseDates.format(c.date())));
                }
            }
            return problems;
        }
    }

    /**
     * R-INTRO-12M: each member introducer has worked, studied or lived alongside the applicant for
     * at least 12 months, in the same grassroots organization.
     */
    static final class TwelveMonths extends BaseRule {
        TwelveMonths() {
            super("R-INTRO-12M", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION), Sources.REGULATION);
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            List<Problem> problems = new ArrayList<>();
            Optional<Long> grassroots = c.facts().grassrootsOfCell(c.date());
            for (StepData.Introducer introducer : c.data().introducers()) {
                Optional<Facts.IntroducerFacts> facts = c.facts().introducer(introducer.memberId(), c.date());
                if (facts.isEmpty()) {
                    continue;
                }
                String name = facts.get().fullName();
                LocalDate enough = introducer.knownSince() == null ? null : introducer.knownSince().plusMonths(12);
                if (enough == null || c.date().isBefore(enough)) {
                    problems.add(Problem.of("rule.intro.twelveMonths", name,
                            introducer.knownSince() == null ? "—" : VietnameseDates.format(introducer.knownSince())));
                }
                if (grassroots.isPresent() && !grassroots.get().equals(facts.get().grassrootsId())) {
                    problems.add(Problem.of("rule.intro.otherGrassroots", name));
                }
            }
            return problems;
        }
    }
}
