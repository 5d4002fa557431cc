package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.AdmissionSettings;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;

/** Who may introduce the applicant (người giới thiệu). */
final class IntroductionRules {
    private IntroductionRules() {
    }

    private static List<StepData.Introducer> introducers(StepData data) {
        return data instanceof StepData.Introduction introduction ? introduction.introducers() : List.of();
    }

    private static StepData.UnionIntroduction union(StepData data) {
        return data instanceof StepData.Introduction introduction ? introduction.union() : null;
    }

    /** The applicant is of youth age on the date: up to the day before the birthday after the youth age. */
    private static boolean youthAge(Facts facts, LocalDate date, int youthAge) {
        return date.isBefore(facts.birthDate().plusYears(youthAge + 1L));
    }

    /**
     * R-INTRO-COUNT: two official members; or the Youth Union's executive committee and one member
     * for an applicant of youth age (up to 30, a setting to be confirmed); or the trade union's
     * executive committee and one member (Charter art. 4.1).
     */
    static final class Count extends BaseRule {
        Count(AdmissionSettings settings) {
            super("R-INTRO-COUNT", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION),
                    Sources.versions(Map.of("memberIntroducers", 2, "youthUnionAge", settings.youthUnionAge()),
                            Sources.charter(4, 1)));
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public Set<String> settings() {
            return Set.of("youthUnionAge");
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            List<StepData.Introducer> introducers = introducers(c.data());
            List<Problem> problems = new ArrayList<>();
            Set<Long> distinct = new HashSet<>();
            introducers.forEach(i -> distinct.add(i.memberId()));
            if (distinct.size() != introducers.size()) {
                problems.add(Problem.of("rule.intro.duplicate"));
            }
            int members = distinct.size();
            StepData.UnionIntroduction union = union(c.data());
            if (union == null) {
                if (members != v.number("memberIntroducers")) {
                    problems.add(Problem.of("rule.intro.twoMembers", members));
                }
                return problems;
            }
            if (members != 1) {
                problems.add(Problem.of("rule.intro.unionAndOneMember", members));
            }
            if (union.youthUnion() && !youthAge(c.facts(), c.date(), v.number("youthUnionAge"))) {
                problems.add(Problem.of("rule.intro.notYouth", v.number("youthUnionAge")));
            }
            return problems;
        }
    }

    /**
     * R-INTRO-OFFICIAL: each member introducer is an official member on the day of the
     * introduction (Charter art. 4.1; the regulation implementing it).
     */
    static final class Official extends BaseRule {
        Official() {
            super("R-INTRO-OFFICIAL", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION),
                    Sources.versions(Map.of(), Sources.charter(4, 1), Sources.regulation("3").optional()));
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            List<Problem> problems = new ArrayList<>();
            for (StepData.Introducer introducer : introducers(c.data())) {
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
     * at least 12 months, in the same grassroots organization (regulation 3.1).
     */
    static final class TwelveMonths extends BaseRule {
        TwelveMonths() {
            super("R-INTRO-12M", Violation.Severity.BLOCK, EnumSet.of(StepCode.INTRODUCTION),
                    Sources.versions(Map.of("monthsTogether", 12), Sources.regulation("3")));
        }

        @Override
        public String field() {
            return "introducers";
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            List<Problem> problems = new ArrayList<>();
            Optional<Long> grassroots = c.facts().grassrootsOfCell(c.date());
            for (StepData.Introducer introducer : introducers(c.data())) {
                Optional<Facts.IntroducerFacts> facts = c.facts().introducer(introducer.memberId(), c.date());
                if (facts.isEmpty()) {
                    continue;
                }
                String name = facts.get().fullName();
                LocalDate enough = introducer.knownSince() == null ? null
                        : introducer.knownSince().plusMonths(v.number("monthsTogether"));
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

    /**
     * R-INTRO-YOUTH-UNION: an applicant of youth age is introduced by the Youth Union's executive
     * committee and one member where the cell's organization has a Youth Union (Charter art.
     * 4.1); ptdv does not record where there is one, so two members introducing a young
     * applicant is a warning the user answers.
     */
    static final class YouthUnion extends BaseRule {
        YouthUnion(AdmissionSettings settings) {
            super("R-INTRO-YOUTH-UNION", Violation.Severity.WARN, EnumSet.of(StepCode.INTRODUCTION),
                    Sources.versions(Map.of("youthUnionAge", settings.youthUnionAge()), Sources.charter(4, 1)));
        }

        @Override
        public String field() {
            return "union.type";
        }

        @Override
        public boolean answerable() {
            return true;
        }

        @Override
        public Set<String> settings() {
            return Set.of("youthUnionAge");
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            if (union(c.data()) == null && !introducers(c.data()).isEmpty()
                    && youthAge(c.facts(), c.date(), v.number("youthUnionAge"))) {
                return List.of(Problem.of("rule.intro.youthUnion", v.number("youthUnionAge")));
            }
            return List.of();
        }
    }

    /**
     * R-INTRO-CHANGED: a member introducer who has left the Party or been moved to another
     * organization between the introduction and the cell's vote is replaced by another member;
     * checked against the member register (disciplinary measures short of expulsion are not
     * recorded in ptdv), a warning the user answers (regulation 3.1; the Secretariat's guidance).
     */
    static final class Changed extends BaseRule {
        Changed() {
            super("R-INTRO-CHANGED", Violation.Severity.WARN, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of(), Sources.regulation("3"), Sources.guidance().optional()));
        }

        @Override
        public String field() {
            return "date";
        }

        @Override
        public boolean answerable() {
            return true;
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            Optional<StepRecord> introduction = c.dossier().latest(StepCode.INTRODUCTION);
            if (introduction.isEmpty()) {
                return List.of();
            }
            LocalDate introducedOn = introduction.get().date();
            List<Problem> problems = new ArrayList<>();
            for (StepData.Introducer introducer : introducers(introduction.get().data())) {
                Optional<Facts.IntroducerFacts> then = c.facts().introducer(introducer.memberId(), introducedOn);
                if (then.isEmpty()) {
                    continue;
                }
                Optional<Facts.IntroducerFacts> now = c.facts().introducer(introducer.memberId(), c.date());
                if (now.isEmpty()) {
                    problems.add(Problem.of("rule.intro.left", then.get().fullName(), VietnameseDates.format(c.date())));
                } else if (now.get().organizationId() != then.get().organizationId()) {
                    problems.add(Problem.of("rule.intro.moved", then.get().fullName(),
                            VietnameseDates.format(introducedOn)));
                }
            }
            return problems;
        }
    }
}
