package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.AdmissionSettings;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;

/** The applicant's eligibility, judged on the date of the cell's vote. */
final class EligibilityRules {
    private EligibilityRules() {
    }

    /** R-AGE-MIN: a full 18 years, counted in months, on the day of the cell's vote (regulation 1.1.1). */
    static final class AgeMin extends BaseRule {
        AgeMin() {
            super("R-AGE-MIN", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("minimumAgeMonths", 18 * 12), Sources.regulation("1.1", "1.1.1")));
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            LocalDate adult = c.facts().birthDate().plusMonths(v.number("minimumAgeMonths"));
            return c.date().isBefore(adult)
                    ? List.of(Problem.of("rule.age.min", VietnameseDates.format(adult)))
                    : List.of();
        }
    }

    /**
     * R-AGE-MAX: at most a full 60 years counted in months (that is, before 60 years and one
     * month); an older applicant is considered and decided at the provincial level, whose
     * consent is recorded with the cell's vote (regulation 1.1.2; the Secretariat's guidance).
     */
    static final class AgeMax extends BaseRule {
        AgeMax() {
            super("R-AGE-MAX", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("maximumAgeMonths", 60 * 12), Sources.regulation("1.1", "1.1.2"),
                            Sources.guidance()));
        }

        @Override
        public String field() {
            return "olderConsent";
        }

        /** The first day the applicant counts as over the maximum age (a full number of years and one month). */
        static LocalDate tooOldFrom(LocalDate birthDate, RuleVersion v) {
            return birthDate.plusMonths(v.number("maximumAgeMonths") + 1L);
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            LocalDate tooOld = tooOldFrom(c.facts().birthDate(), v);
            String consent = c.data() instanceof StepData.ProposalVote vote ? vote.olderConsent() : null;
            if (!c.date().isBefore(tooOld) && consent == null) {
                return List.of(Problem.of("rule.age.max", VietnameseDates.format(tooOld.minusDays(1))));
            }
            return List.of();
        }
    }

    /**
     * R-EDUCATION: a lower-secondary diploma (9/12, or 7/10 in the former ten-year system);
     * primary school (5/12, 4/10) in the areas and for the people the guidance names, the ground
     * recorded; literacy alone for village elders and respected figures there, with the
     * provincial standing committee's consent recorded (regulation 1.2; the Secretariat's guidance).
     */
    static final class Education extends BaseRule {
        private static final Pattern LEVEL = Pattern.compile("(\\d{1,2})/(10|12)");

        Education() {
            super("R-EDUCATION", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("lowerSecondaryGrade", 9, "lowerSecondaryGradeOfTen", 7, "primaryGrade", 5,
                            "primaryGradeOfTen", 4), Sources.regulation("1.2", "1.2"), Sources.guidance()));
        }

        @Override
        public String field() {
            return "educationException";
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            StepData.ProposalVote vote = c.data() instanceof StepData.ProposalVote p ? p : null;
            String exception = vote == null ? null : vote.educationException();
            boolean literacy = exception != null && vote.literacyConsent() != null;
            String education = c.facts().generalEducation();
            Matcher matcher = education == null ? null : LEVEL.matcher(education);
            if (matcher == null || !matcher.matches()) {
                return literacy ? List.of() : List.of(Problem.of("rule.education.unknown"));
            }
            int grade = Integer.parseInt(matcher.group(1));
            boolean twelveYears = matcher.group(2).equals("12");
            boolean lowerSecondary = grade >= v.number(twelveYears ? "lowerSecondaryGrade" : "lowerSecondaryGradeOfTen");
            boolean primary = grade >= v.number(twelveYears ? "primaryGrade" : "primaryGradeOfTen");
            if (lowerSecondary || primary && exception != null || literacy) {
                return List.of();
            }
            return List.of(Problem.of(primary ? "rule.education.needsException" : "rule.education.tooLow", education));
        }
    }

    /**
     * R-CERTIFICATE: an awareness-class certificate valid on the day of the cell's vote; its
     * validity (60 months) is a setting of the training module, to be confirmed.
     */
    static final class CertificateValid extends BaseRule {
        CertificateValid(AdmissionSettings settings) {
            super("R-CERTIFICATE", Violation.Severity.BLOCK, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("validityMonths", settings.certificateValidityMonths()),
                            Sources.localPractice()));
        }

        @Override
        public Set<String> settings() {
            return Set.of("validityMonths");
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            return c.facts().certificateOn(c.date()).isPresent() ? List.of()
                    : List.of(Problem.of("rule.certificate.missing", VietnameseDates.format(c.date())));
        }
    }

    /**
     * R-PAPERS-FRESH: the application, the introduction and the comments are at most 12 months
     * old (a setting, to be confirmed) at the cell's vote; older ones are to be redone.
     */
    static final class PapersFresh extends BaseRule {
        PapersFresh(AdmissionSettings settings) {
            super("R-PAPERS-FRESH", Violation.Severity.WARN, EnumSet.of(StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("validityMonths", settings.papersValidityMonths()),
                            Sources.localPractice()));
        }

        @Override
        public Set<String> settings() {
            return Set.of("validityMonths");
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            int months = v.number("validityMonths");
            LocalDate oldest = c.date().minusMonths(months);
            List<Problem> problems = new ArrayList<>();
            for (StepCode paper : List.of(StepCode.APPLICATION, StepCode.INTRODUCTION, StepCode.COMMENTS)) {
                Optional<StepRecord> record = c.dossier().latest(paper);
                if (record.isPresent() && record.get().date().isBefore(oldest)) {
                    problems.add(Problem.of("rule.papers.old", Problems.term(paper.messageKey()),
                            VietnameseDates.format(record.get().date()), months));
                }
            }
            return problems;
        }
    }

    /**
     * R-READMISSION: a former member (removed, expelled or left) applies no sooner than 36 months
     * after leaving, 60 months after a criminal record for a less serious crime was cleared; is
     * never re-admitted after leaving the activities of their own accord, asking to leave (but
     * for a family in great hardship), causing serious disunity, or being convicted of corruption
     * or of a serious crime or worse; is re-admitted once only; and needs the provincial standing
     * committee's written consent. The cell's vote records how they left and the consent
     * (regulation 3.5).
     */
    static final class Readmission extends BaseRule {
        Readmission() {
            super("R-READMISSION", Violation.Severity.BLOCK,
                    EnumSet.of(StepCode.APPLICATION, StepCode.CELL_RESOLUTION),
                    Sources.versions(Map.of("waitingMonths", 36, "afterCriminalRecordMonths", 60, "readmissions", 1),
                            Sources.regulation("3.5")));
        }

        @Override
        public List<Problem> check(RuleContext c, RuleVersion v) {
            Optional<Facts.PastMembership> past = c.facts().pastMembership();
            if (past.isEmpty() || !past.get().leftTheParty()) {
                return List.of();
            }
            LocalDate left = past.get().endedOn();
            LocalDate earliest = left.plusMonths(v.number("waitingMonths"));
            List<Problem> problems = new ArrayList<>();
            if (c.step() == StepCode.APPLICATION) {
                if (c.date().isBefore(earliest)) {
                    problems.add(Problem.of("rule.readmission.tooSoon", VietnameseDates.format(left),
                            VietnameseDates.format(earliest), v.number("waitingMonths")));
                }
                return problems;
            }
            StepData.Readmission declared = c.data() instanceof StepData.ProposalVote vote ? vote.readmission() : null;
            if (declared == null || declared.leftBecause() == null) {
                problems.add(Problem.of("rule.readmission.groundMissing", VietnameseDates.format(left)));
            } else if (declared.leftBecause().neverReadmitted()) {
                problems.add(Problem.of("rule.readmission.excluded",
                        Problems.term("leaveReason." + declared.leftBecause().name())));
            } else if (declared.leftBecause() == StepData.LeaveReason.MINOR_CRIME) {
                if (declared.criminalRecordClearedOn() == null) {
                    problems.add(Problem.of("rule.readmission.clearedOnMissing"));
                } else {
                    LocalDate cleared = declared.criminalRecordClearedOn().plusMonths(v.number("afterCriminalRecordMonths"));
                    if (cleared.isAfter(earliest)) {
                        earliest = cleared;
                    }
                }
            }
            if (c.date().isBefore(earliest)) {
                problems.add(Problem.of("rule.readmission.tooSoon", VietnameseDates.format(left),
                        VietnameseDates.format(earliest), v.number("waitingMonths")));
            }
            if (c.facts().readmittedBefore() || declared != null && Boolean.TRUE.equals(declared.readmittedBefore())) {
                problems.add(Problem.of("rule.readmission.onceOnly", v.number("readmissions")));
            }
            if (declared == null || declared.consent() == null) {
                problems.add(Problem.of("rule.readmission.consentMissing"));
            }
            return problems;
        }
    }
}
