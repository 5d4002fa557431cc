package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;
import vn.ptdv.training.Certificate;

/** The applicant's eligibility, judged on the date of the cell's vote. */
final class EligibilityRules {
    private EligibilityRules() {
    }

    /** R-AGE-MIN: a full 18 years, counted in months, on the day of the cell's vote. */
    static final class AgeMin extends BaseRule {
        AgeMin() {
            super("R-AGE-MIN", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION), Sources.CHARTER_ART_1);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            LocalDate adult = c.facts().birthDate().plusMonths(18 * 12);
            return c.date().isBefore(adult)
                    ? List.of(Problem.of("rule.age.min", VietnameseDates.format(adult)))
                    : List.of();
        }
    }

    /**
     * R-AGE-MAX: at most a full 60 years counted in months (that is, before 60 years and one
     * month), unless the provincial standing committee consented in writing beforehand.
     */
    static final class AgeMax extends BaseRule {
        AgeMax() {
            super("R-AGE-MAX", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION), Sources.GUIDANCE);
        }

        @Override
        public String field() {
            return "olderConsent";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            LocalDate tooOld = c.facts().birthDate().plusMonths(60 * 12 + 1);
            if (!c.date().isBefore(tooOld) && c.data().olderConsent() == null) {
                return List.of(Problem.of("rule.age.max", VietnameseDates.format(tooOld.minusDays(1))));
            }
            return List.of();
        }
    }

    /**
     * R-EDUCATION: a lower-secondary diploma (9/12, or 7/10 in the former ten-year system);
     * primary school (5/12, 4/10) where the regulation allows it, the reason recorded.
     */
    static final class Education extends BaseRule {
        private static final Pattern LEVEL = Pattern.compile("(\\d{1,2})/(10|12)");

        Education() {
            super("R-EDUCATION", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION), Sources.GUIDANCE);
        }

        @Override
        public String field() {
            return "educationException";
        }

        @Override
        public List<Problem> check(RuleContext c) {
            String education = c.facts().generalEducation();
            Matcher matcher = education == null ? null : LEVEL.matcher(education);
            if (matcher == null || !matcher.matches()) {
                return List.of(Problem.of("rule.education.unknown"));
            }
            int grade = Integer.parseInt(matcher.group(1));
            boolean twelveYears = matcher.group(2).equals("12");
            boolean lowerSecondary = grade >= (twelveYears ? 9 : 7);
            boolean primary = grade >= (twelveYears ? 5 : 4);
            if (lowerSecondary || primary && c.data().educationException() != null) {
                return List.of();
            }
            return List.of(Problem.of(primary ? "rule.education.needsException" : "rule.education.tooLow", education));
        }
    }

    /** R-CERTIFICATE: an awareness-class certificate valid on the day of the cell's vote. */
    static final class CertificateValid extends BaseRule {
        CertificateValid() {
            super("R-CERTIFICATE", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.LOCAL_PRACTICE);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            Optional<Certificate> certificate = c.facts().certificateOn(c.date());
            return certificate.isPresent() ? List.of()
                    : List.of(Problem.of("rule.certificate.missing", VietnameseDates.format(c.date())));
        }
    }

    /**
     * R-PAPERS-FRESH: the application, the introduction and the comments are at most 12 months
     * old (a setting) at the cell's vote; older ones are to be redone.
     */
    static final class PapersFresh extends BaseRule {
        PapersFresh() {
            super("R-PAPERS-FRESH", Violation.Severity.WARN, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.LOCAL_PRACTICE);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            LocalDate oldest = c.date().minusMonths(c.facts().papersValidityMonths());
            List<Problem> problems = new ArrayList<>();
            for (StepCode paper : List.of(StepCode.APPLICATION, StepCode.INTRODUCTION, StepCode.COMMENTS)) {
                Optional<StepRecord> record = c.dossier().latest(paper);
                if (record.isPresent() && record.get().date().isBefore(oldest)) {
                    problems.add(Problem.of("rule.papers.old", Problems.term(paper.messageKey()),
                            VietnameseDates.format(record.get().date()), c.facts().papersValidityMonths()));
                }
            }
            return problems;
        }
    }

    /**
     * R-READMISSION: a former member is admitted again no sooner than 36 months after leaving
     * (removed, left, or expelled; other cases of the regulation are for the committee to check).
     */
    static final class Readmission extends BaseRule {
        static final int MONTHS = 36;

        Readmission() {
            super("R-READMISSION", Violation.Severity.BLOCK, EnumSet.of(StepCode.APPLICATION, StepCode.CELL_RESOLUTION),
                    Sources.REGULATION);
        }

        @Override
        public List<Problem> check(RuleContext c) {
            Optional<Facts.PastMembership> past = c.facts().pastMembership();
            if (past.isEmpty() || past.get().endedOn() == null
                    || !List.of("REMOVAL", "LEAVE", "EXPULSION").contains(past.get().reason())) {
                return List.of();
            }
            LocalDate earliest = past.get().endedOn().plusMonths(MONTHS);
            return c.date().isBefore(earliest)
                    ? List.of(Problem.of("rule.readmission.tooSoon", VietnameseDates.format(past.get().endedOn()),
                            VietnameseDates.format(earliest)))
                    : List.of();
        }
    }
}
