package vn.ptdv.admission.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.AdmissionSettings;
import vn.ptdv.admission.internal.Dossier;
import vn.ptdv.admission.internal.DossierKind;
import vn.ptdv.admission.internal.StepRecord;
import vn.ptdv.admission.internal.Violation;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.training.Certificate;

/** Every rule of the procedure at its boundaries: the day before, the day of, the day after. */
class RulesTest {
    static final LocalDate BIRTH = LocalDate.of(2000, 3, 15);
    static final long GRASSROOTS = 100L;
    static final RuleBook RULES = new RuleBook(AdmissionSettings.defaults());

    /** Facts with a weekday-only calendar (no holidays) and a certificate valid from 2015 to 2065. */
    static final class FakeFacts implements Facts {
        LocalDate birthDate = BIRTH;
        String education = "12/12";
        Certificate certificate = new Certificate(1, "Lớp", "GCN-1", LocalDate.of(2015, 1, 1),
                LocalDate.of(2065, 1, 1));
        final Map<Long, Member> members = new HashMap<>();
        PastMembership past;
        boolean readmittedBefore;
        Integer registered;
        OrganizationRef owner;

        record Member(String name, LocalDate officialOn, long grassroots, long organization, LocalDate leftOn) {
        }

        final Map<Long, LocalDate> moved = new HashMap<>();

        FakeFacts member(long id, String name, LocalDate officialOn, long grassroots) {
            members.put(id, new Member(name, officialOn, grassroots, grassroots * 10, null));
            return this;
        }

        /** The member's membership ends on the date (they are no member from that day). */
        FakeFacts left(long id, LocalDate on) {
            Member m = members.get(id);
            members.put(id, new Member(m.name(), m.officialOn(), m.grassroots(), m.organization(), on));
            return this;
        }

        /** The member is counted in another organization from the date. */
        FakeFacts moved(long id, LocalDate on) {
            moved.put(id, on);
            return this;
        }

        @Override
        public LocalDate birthDate() {
            return birthDate;
        }

        @Override
        public String generalEducation() {
            return education;
        }

        @Override
        public Optional<Certificate> certificateOn(LocalDate date) {
            return Optional.ofNullable(certificate).filter(c -> c.validOn(date));
        }

        @Override
        public Optional<IntroducerFacts> introducer(long memberId, LocalDate date) {
            LocalDate movedOn = moved.get(memberId);
            return Optional.ofNullable(members.get(memberId)).filter(m -> m.leftOn() == null || date.isBefore(m.leftOn()))
                    .map(m -> new IntroducerFacts(memberId, m.name(), !date.isBefore(m.officialOn()),
                            movedOn != null && !date.isBefore(movedOn) ? m.organization() + 1 : m.organization(),
                            m.grassroots()));
        }

        @Override
        public Optional<Long> grassrootsOfCell(LocalDate date) {
            return Optional.of(GRASSROOTS);
        }

        @Override
        public Optional<PastMembership> pastMembership() {
            return Optional.ofNullable(past);
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate date, int n) {
            LocalDate day = date;
            for (int i = 0; i < n; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek().getValue() < 6) {
                    i++;
                }
            }
            return day;
        }

        @Override
        public boolean readmittedBefore() {
            return readmittedBefore;
        }

        @Override
        public Optional<Integer> officialMembersOfCell(LocalDate date) {
            return Optional.ofNullable(registered);
        }

        @Override
        public Optional<OrganizationRef> ownerOn(StepCode step, LocalDate date) {
            return Optional.ofNullable(owner);
        }
    }

    static final class History {
        final List<StepRecord> records = new ArrayList<>();
        boolean grassrootsCell = true;
        boolean partial;

        History with(StepCode step, LocalDate date, StepData data) {
            records.add(new StepRecord(records.size() + 1, step, date, data, null, List.of(), null, null,
                    OffsetDateTime.now(), "test"));
            return this;
        }

        History with(StepCode step, LocalDate date) {
            return with(step, date, StepData.NONE);
        }

        /** Every paper up to the cell's vote, dated the day given. */
        History prepared(LocalDate date) {
            for (StepCode step : List.of(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY, StepCode.INTRODUCTION,
                    StepCode.BACKGROUND_CHECK, StepCode.COMMENTS)) {
                with(step, date);
            }
            return this;
        }

        /** Papers, the cell's vote and the decision on the dates given. */
        History decided(LocalDate papers, LocalDate vote, LocalDate decision) {
            prepared(papers).with(StepCode.CELL_RESOLUTION, vote, votes(9, 9));
            return with(StepCode.ADMISSION_DECISION, decision);
        }

        /** A probationary member from the ceremony on the date, who attended the new-member class. */
        History inProbation(LocalDate ceremony) {
            decided(ceremony.minusMonths(3), ceremony.minusMonths(2), ceremony.minusMonths(1));
            return with(StepCode.CEREMONY, ceremony).with(StepCode.NEW_MEMBER_CLASS, ceremony.plusMonths(3),
                    new StepData.NewMemberClass("ĐVM-1"));
        }

        History committee() {
            grassrootsCell = false;
            return this;
        }

        Dossier dossier() {
            return new Dossier(1, 2, 3, DossierKind.of(grassrootsCell, partial), records);
        }
    }

    static StepData votes(int members, int votesFor) {
        return StepData.ProposalVote.of(members, votesFor);
    }

    static StepData votes(int members, int votesFor, int votesAgainst) {
        return new StepData.CellVote(members, votesFor, votesAgainst);
    }

    static StepData committee(int members, int votesFor) {
        return StepData.CommitteeVote.of(members, votesFor);
    }

    static StepData olderConsent(String consent) {
        return new StepData.ProposalVote(9, 9, null, consent, null, null, null);
    }

    static StepData educationException(String exception) {
        return new StepData.ProposalVote(9, 9, null, null, exception, null, null);
    }

    static StepData extension(String reason) {
        return new StepData.Decision("1-QĐ/ĐU", null, reason);
    }

    static StepData ceremony(LocalDate received, String consent) {
        return new StepData.Ceremony(received, consent, null, null);
    }

    static StepData introducers(StepData.UnionIntroduction union, StepData.Introducer... introducers) {
        return new StepData.Introduction(List.of(introducers), union);
    }

    static StepData.Introducer knows(long memberId, LocalDate since) {
        return new StepData.Introducer(memberId, since);
    }

    static List<Violation> judge(Dossier dossier, StepCode step, LocalDate date, StepData data, Facts facts) {
        return RULES.judge(new RuleContext(dossier, step, date, data, facts));
    }

    static List<String> ids(Dossier dossier, StepCode step, LocalDate date, StepData data, Facts facts) {
        return judge(dossier, step, date, data, facts).stream().map(Violation::ruleId).toList();
    }

    static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Nested
    class AgeMin {
        final Dossier dossier = new History().prepared(day(2018, 1, 1)).dossier();

        @Test
        void theDayBeforeTheEighteenthBirthdayIsTooEarly() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2018, 3, 14), votes(9, 9), new FakeFacts()))
                    .containsExactly("R-AGE-MIN");
        }

        @Test
        void theEighteenthBirthdayAndAfterAreOldEnough() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2018, 3, 15), votes(9, 9), new FakeFacts())).isEmpty();
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2018, 3, 16), votes(9, 9), new FakeFacts())).isEmpty();
        }

        @Test
        void aBirthdayOnTheTwentyNinthOfFebruaryCountsInMonths() {
            FakeFacts facts = new FakeFacts();
            facts.birthDate = day(2004, 2, 29);
            Dossier leap = new History().prepared(day(2022, 1, 1)).dossier();
            assertThat(ids(leap, StepCode.CELL_RESOLUTION, day(2022, 2, 27), votes(9, 9), facts)).contains("R-AGE-MIN");
            assertThat(ids(leap, StepCode.CELL_RESOLUTION, day(2022, 2, 28), votes(9, 9), facts)).isEmpty();
        }
    }

    @Nested
    class AgeMax {
        final FakeFacts facts = new FakeFacts();
        final Dossier dossier;

        AgeMax() {
            facts.birthDate = day(1965, 3, 15);
            dossier = new History().prepared(day(2025, 1, 1)).dossier();
        }

        @Test
        void aFullSixtyYearsCountedInMonthsIsStillAllowed() {
            // 60 years and 0 months up to the day before 15/04/2025.
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 4, 14), votes(9, 9), facts)).isEmpty();
        }

        @Test
        void fromSixtyYearsAndOneMonthTheProvincialConsentIsNeeded() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 4, 15), votes(9, 9), facts))
                    .containsExactly("R-AGE-MAX");
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 4, 16), votes(9, 9), facts))
                    .containsExactly("R-AGE-MAX");
        }

        @Test
        void theProvincialStandingCommitteesConsentAllowsAnOlderApplicant() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 4, 15), olderConsent("45-CV/TU"), facts))
                    .isEmpty();
        }
    }

    @Nested
    class Education {
        final Dossier dossier = new History().prepared(day(2025, 1, 1)).dossier();

        List<String> judged(String education, StepData data) {
            FakeFacts facts = new FakeFacts();
            facts.education = education;
            return ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), data, facts);
        }

        @Test
        void aVillageElderWhoOnlyReadsAndWritesNeedsTheProvincialConsent() {
            StepData elder = new StepData.ProposalVote(9, 9, null, null, "Già làng thôn Pa Cheng", null, null);
            StepData consented = new StepData.ProposalVote(9, 9, null, null, "Già làng thôn Pa Cheng", "15-CV/TU", null);
            assertThat(judged("2/12", elder)).containsExactly("R-EDUCATION");
            assertThat(judged("2/12", consented)).isEmpty();
            assertThat(judged(null, consented)).isEmpty();
            assertThat(judged(null, new StepData.ProposalVote(9, 9, null, null, null, "15-CV/TU", null)))
                    .containsExactly("R-EDUCATION");
        }

        @Test
        void lowerSecondaryInEitherSystemIsEnough() {
            assertThat(judged("9/12", votes(9, 9))).isEmpty();
            assertThat(judged("7/10", votes(9, 9))).isEmpty();
        }

        @Test
        void theGradeBelowLowerSecondaryIsPrimaryAndNeedsAnException() {
            assertThat(judged("8/12", votes(9, 9))).containsExactly("R-EDUCATION");
            assertThat(judged("6/10", votes(9, 9))).containsExactly("R-EDUCATION");
            assertThat(judged("8/12", educationException("Xã đặc biệt khó khăn vùng dân tộc thiểu số"))).isEmpty();
        }

        @Test
        void primarySchoolIsTheFloorEvenWithAnException() {
            assertThat(judged("5/12", educationException("Ngư dân"))).isEmpty();
            assertThat(judged("4/12", educationException("Ngư dân"))).containsExactly("R-EDUCATION");
        }

        @Test
        void anUnrecordedEducationIsRefused() {
            assertThat(judged(null, votes(9, 9))).containsExactly("R-EDUCATION");
        }
    }

    @Nested
    class CertificateValidity {
        final Dossier dossier = new History().prepared(day(2019, 12, 1)).dossier();
        final FakeFacts facts = new FakeFacts();

        CertificateValidity() {
            facts.certificate = new Certificate(1, "Lớp", "GCN-1", day(2020, 1, 10), day(2025, 1, 10));
        }

        @Test
        void theCertificateCountsFromItsIssueDay() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2020, 1, 9), votes(9, 9), facts))
                    .containsExactly("R-CERTIFICATE");
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2020, 1, 10), votes(9, 9), facts)).isEmpty();
        }

        @Test
        void theCertificateCountsUpToTheDayBeforeItsExpiry() {
            Dossier later = new History().prepared(day(2024, 12, 1)).dossier();
            assertThat(ids(later, StepCode.CELL_RESOLUTION, day(2025, 1, 9), votes(9, 9), facts)).isEmpty();
            assertThat(ids(later, StepCode.CELL_RESOLUTION, day(2025, 1, 10), votes(9, 9), facts))
                    .containsExactly("R-CERTIFICATE");
        }
    }

    @Nested
    class PapersFresh {
        final Dossier dossier = new History().prepared(day(2024, 5, 10)).dossier();

        @Test
        void papersOfTwelveMonthsAreStillFresh() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 5, 9), votes(9, 9), new FakeFacts())).isEmpty();
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 5, 10), votes(9, 9), new FakeFacts())).isEmpty();
        }

        @Test
        void olderPapersAreAWarningForEachPaper() {
            List<Violation> violations = judge(dossier, StepCode.CELL_RESOLUTION, day(2025, 5, 11), votes(9, 9),
                    new FakeFacts());
            assertThat(violations).extracting(Violation::ruleId)
                    .containsExactly("R-PAPERS-FRESH", "R-PAPERS-FRESH", "R-PAPERS-FRESH");
            assertThat(violations).allMatch(v -> v.severity() == Violation.Severity.WARN);
        }
    }

    @Nested
    class Readmission {
        final FakeFacts facts = new FakeFacts();

        Readmission() {
            facts.past = new Facts.PastMembership(day(2022, 1, 20), "REMOVAL");
        }

        @Test
        void aFormerMemberWaitsThirtySixMonths() {
            Dossier empty = new History().dossier();
            assertThat(ids(empty, StepCode.APPLICATION, day(2025, 1, 19), StepData.NONE, facts))
                    .containsExactly("R-READMISSION");
            assertThat(ids(empty, StepCode.APPLICATION, day(2025, 1, 20), StepData.NONE, facts)).isEmpty();
            assertThat(ids(empty, StepCode.APPLICATION, day(2025, 1, 21), StepData.NONE, facts)).isEmpty();
        }

        @Test
        void aMembershipEndedByATransferOrDeathIsNoReadmission() {
            facts.past = new Facts.PastMembership(day(2024, 1, 20), "TRANSFER_OUT");
            assertThat(ids(new History().dossier(), StepCode.APPLICATION, day(2024, 2, 1), StepData.NONE, facts))
                    .isEmpty();
        }
    }

    @Nested
    class Introducers {
        final LocalDate date = day(2024, 6, 1);
        final FakeFacts facts = new FakeFacts()
                .member(11, "Nguyễn Văn Một", day(2010, 1, 1), GRASSROOTS)
                .member(12, "Trần Thị Hai", day(2012, 1, 1), GRASSROOTS)
                .member(13, "Lê Văn Ba", day(2015, 1, 1), GRASSROOTS)
                .member(14, "Phạm Dự Bị", day(2024, 6, 2), GRASSROOTS)
                .member(15, "Hoàng Nơi Khác", day(2010, 1, 1), 999L);
        final Dossier dossier = new History().with(StepCode.APPLICATION, day(2024, 5, 1)).dossier();
        final LocalDate longAgo = day(2020, 1, 1);

        Introducers() {
            // Past youth age, so that two members introducing are not asked about a Youth Union (R-INTRO-YOUTH-UNION).
            facts.birthDate = day(1980, 3, 15);
        }

        List<String> judged(LocalDate on, StepData data) {
            return ids(dossier, StepCode.INTRODUCTION, on, data, facts);
        }

        @Test
        void twoOfficialMembersIntroduce() {
            assertThat(judged(date, introducers(null, knows(11, longAgo), knows(12, longAgo)))).isEmpty();
        }

        @Test
        void oneOrThreeMembersAreNotTwo() {
            assertThat(judged(date, introducers(null, knows(11, longAgo)))).containsExactly("R-INTRO-COUNT");
            assertThat(judged(date, introducers(null, knows(11, longAgo), knows(12, longAgo), knows(13, longAgo))))
                    .containsExactly("R-INTRO-COUNT");
        }

        @Test
        void theSameMemberTwiceIsNotTwoIntroducers() {
            assertThat(judged(date, introducers(null, knows(11, longAgo), knows(11, longAgo)))).contains("R-INTRO-COUNT");
        }

        @Test
        void aUnionIntroducesWithExactlyOneMember() {
            StepData.UnionIntroduction union = new StepData.UnionIntroduction(StepData.UnionType.TRADE_UNION, day(2024, 5, 20));
            assertThat(judged(date, introducers(union, knows(11, longAgo)))).isEmpty();
            assertThat(judged(date, introducers(union, knows(11, longAgo), knows(12, longAgo))))
                    .containsExactly("R-INTRO-COUNT");
        }

        @Test
        void theYouthUnionIntroducesUpToTheEndOfYouthAge() {
            facts.birthDate = BIRTH;
            StepData.UnionIntroduction youth = new StepData.UnionIntroduction(StepData.UnionType.YOUTH_UNION, day(2031, 3, 1));
            // Born 15/03/2000: youth age (30) lasts up to the day before the 31st birthday.
            assertThat(judged(day(2031, 3, 14), introducers(youth, knows(11, longAgo)))).isEmpty();
            assertThat(judged(day(2031, 3, 15), introducers(youth, knows(11, longAgo))))
                    .containsExactly("R-INTRO-COUNT");
        }

        @Test
        void aProbationaryMemberDoesNotIntroduceUntilOfficial() {
            assertThat(judged(day(2024, 6, 1), introducers(null, knows(11, longAgo), knows(14, longAgo))))
                    .containsExactly("R-INTRO-OFFICIAL");
            assertThat(judged(day(2024, 6, 2), introducers(null, knows(11, longAgo), knows(14, longAgo)))).isEmpty();
        }

        @Test
        void someoneWhoIsNoMemberDoesNotIntroduce() {
            assertThat(judged(date, introducers(null, knows(11, longAgo), knows(99, longAgo))))
                    .containsExactly("R-INTRO-OFFICIAL");
        }

        @Test
        void introducersKnowTheApplicantForTwelveMonths() {
            StepData data = introducers(null, knows(11, day(2023, 6, 1)), knows(12, longAgo));
            assertThat(judged(day(2024, 5, 31), data)).containsExactly("R-INTRO-12M");
            assertThat(judged(day(2024, 6, 1), data)).isEmpty();
            assertThat(judged(day(2024, 6, 3), data)).isEmpty();
        }

        @Test
        void introducersBelongToTheSameGrassrootsOrganization() {
            assertThat(judged(date, introducers(null, knows(11, longAgo), knows(15, longAgo))))
                    .containsExactly("R-INTRO-12M");
        }
    }

    @Nested
    class Votes {
        final Dossier dossier = new History().committee().prepared(day(2025, 1, 6)).dossier();

        @Test
        void theCellNeedsTwoThirdsOfItsOfficialMembers() {
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 5), new FakeFacts()))
                    .containsExactly("R-CELL-VOTE");
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 6), new FakeFacts())).isEmpty();
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(3, 2), new FakeFacts())).isEmpty();
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(4, 2), new FakeFacts()))
                    .containsExactly("R-CELL-VOTE");
        }

        @Test
        void theCommitteeNeedsTwoThirdsOfItsMembers() {
            Dossier voted = new History().committee().prepared(day(2025, 1, 6))
                    .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();
            assertThat(ids(voted, StepCode.COMMITTEE_RESOLUTION, day(2025, 3, 10), committee(7, 4), new FakeFacts()))
                    .containsExactly("R-COMMITTEE-VOTE");
            assertThat(ids(voted, StepCode.COMMITTEE_RESOLUTION, day(2025, 3, 10), committee(7, 5), new FakeFacts()))
                    .isEmpty();
        }
    }

    @Nested
    class Deadlines {
        final Dossier proposed = new History().prepared(day(2025, 1, 6))
                .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();

        @Test
        void theDecisionIsDueWithinSixtyWorkingDaysOfTheCellsResolution() {
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 5, 26), extension(null), new FakeFacts()))
                    .isEmpty();
            List<Violation> late = judge(proposed, StepCode.ADMISSION_DECISION, day(2025, 5, 27), extension(null),
                    new FakeFacts());
            assertThat(late).extracting(Violation::ruleId).containsExactly("R-DECISION-60WD");
            assertThat(late.get(0).severity()).isEqualTo(Violation.Severity.WARN);
        }

        @Test
        void aRecordedReasonExtendsTheDecisionByThirtyWorkingDays() {
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 7, 7), extension("Chờ thẩm tra bổ sung"),
                    new FakeFacts())).isEmpty();
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 7, 8), extension("Chờ thẩm tra bổ sung"),
                    new FakeFacts())).containsExactly("R-DECISION-60WD");
        }

        @Test
        void theCeremonyIsDueWithinThirtyWorkingDaysOfTheDecision() {
            Dossier decided = new History().decided(day(2025, 1, 6), day(2025, 2, 3), day(2025, 3, 3)).dossier();
            assertThat(ids(decided, StepCode.CEREMONY, day(2025, 4, 14), ceremony(null, null), new FakeFacts()))
                    .isEmpty();
            assertThat(ids(decided, StepCode.CEREMONY, day(2025, 4, 15), ceremony(null, null), new FakeFacts()))
                    .containsExactly("R-CEREMONY-30WD");
            assertThat(ids(decided, StepCode.CEREMONY, day(2025, 4, 21), ceremony(day(2025, 3, 10), null),
                    new FakeFacts())).isEmpty();
            assertThat(ids(decided, StepCode.CEREMONY, day(2025, 4, 22), ceremony(day(2025, 3, 10), null),
                    new FakeFacts())).containsExactly("R-CEREMONY-30WD");
            assertThat(ids(decided, StepCode.CEREMONY, day(2025, 6, 2), ceremony(null, "12-CV/ĐU"), new FakeFacts()))
                    .isEmpty();
        }

        @Test
        void recognitionIsVotedNoEarlierThanTheEndOfTwelveMonths() {
            Dossier probation = new History().inProbation(day(2024, 6, 15)).dossier();
            assertThat(ids(probation, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 14), votes(9, 9),
                    new FakeFacts())).containsExactly("R-PROBATION-12M");
            assertThat(ids(probation, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 15), votes(9, 9),
                    new FakeFacts())).isEmpty();
        }

        @Test
        void theCellVotesOnRecognitionWithinThirtyWorkingDaysAfterTheTwelveMonths() {
            Dossier probation = new History().inProbation(day(2024, 6, 15)).dossier();
            assertThat(ids(probation, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 25), votes(9, 9),
                    new FakeFacts())).isEmpty();
            assertThat(ids(probation, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 28), votes(9, 9),
                    new FakeFacts())).containsExactly("R-RECOGNITION-CELL-30WD");
        }

        @Test
        void theRecognitionDecisionIsDueWithinThirtyWorkingDaysOfTheCellsVote() {
            Dossier voted = new History().inProbation(day(2024, 6, 15))
                    .with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 1), votes(9, 9)).dossier();
            assertThat(ids(voted, StepCode.RECOGNITION_DECISION, day(2025, 8, 12), extension(null), new FakeFacts()))
                    .isEmpty();
            assertThat(ids(voted, StepCode.RECOGNITION_DECISION, day(2025, 8, 13), extension(null), new FakeFacts()))
                    .containsExactly("R-RECOGNITION-DECISION-30WD");
            assertThat(ids(voted, StepCode.RECOGNITION_DECISION, day(2025, 9, 23), extension("Chờ kết luận kiểm tra"),
                    new FakeFacts())).isEmpty();
        }
    }

    @Nested
    class StepOrder {
        @Test
        void theCellVotesOnlyOnACompleteDossier() {
            Dossier partial = new History().with(StepCode.APPLICATION, day(2025, 1, 6)).dossier();
            List<Violation> violations = judge(partial, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9),
                    new FakeFacts());
            assertThat(violations).extracting(Violation::ruleId).containsOnly("R-STEP-ORDER");
            assertThat(violations).hasSize(4);
        }

        @Test
        void aStepIsNotDatedBeforeTheStepsItNeeds() {
            Dossier proposed = new History().prepared(day(2025, 1, 6))
                    .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 3, 2), extension(null), new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 3, 3), extension(null), new FakeFacts()))
                    .isEmpty();
        }

        @Test
        void aLateRecordIsNotDatedAfterTheStepsThatNeedIt() {
            assertThat(ids(new History().with(StepCode.PERSONAL_HISTORY, day(2025, 2, 1)).dossier(),
                    StepCode.APPLICATION, day(2025, 2, 2), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
            assertThat(ids(new History().with(StepCode.PERSONAL_HISTORY, day(2025, 2, 1)).dossier(),
                    StepCode.APPLICATION, day(2025, 2, 1), StepData.NONE, new FakeFacts())).isEmpty();
        }

        @Test
        void aGrassrootsCellHasNoCommitteeResolution() {
            Dossier proposed = new History().prepared(day(2025, 1, 6))
                    .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();
            assertThat(ids(proposed, StepCode.COMMITTEE_RESOLUTION, day(2025, 3, 10), committee(7, 7),
                    new FakeFacts())).containsExactly("R-STEP-ORDER");
        }

        @Test
        void aCellUnderACommitteeWaitsForItsResolutionBeforeTheDecision() {
            Dossier proposed = new History().committee().prepared(day(2025, 1, 6))
                    .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 3, 10), extension(null), new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }

        @Test
        void aStepIsRecordedOnce() {
            Dossier dossier = new History().with(StepCode.APPLICATION, day(2025, 1, 6)).dossier();
            assertThat(ids(dossier, StepCode.APPLICATION, day(2025, 1, 7), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }

        @Test
        void aStoppedDossierTakesNothingButAReopening() {
            Dossier stopped = new History().with(StepCode.APPLICATION, day(2025, 1, 6))
                    .with(StepCode.STOPPED, day(2025, 2, 3)).dossier();
            assertThat(ids(stopped, StepCode.PERSONAL_HISTORY, day(2025, 2, 4), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
            assertThat(ids(stopped, StepCode.REOPENED, day(2025, 2, 2), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
            assertThat(ids(stopped, StepCode.REOPENED, day(2025, 2, 3), StepData.NONE, new FakeFacts())).isEmpty();
            Dossier open = new History().with(StepCode.APPLICATION, day(2025, 1, 6)).dossier();
            assertThat(ids(open, StepCode.REOPENED, day(2025, 2, 3), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }

        @Test
        void aStopIsNotDatedBeforeWhatWasRecorded() {
            Dossier dossier = new History().with(StepCode.APPLICATION, day(2025, 1, 6)).dossier();
            assertThat(ids(dossier, StepCode.STOPPED, day(2025, 1, 5), StepData.NONE, new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
            assertThat(ids(dossier, StepCode.STOPPED, day(2025, 1, 6), StepData.NONE, new FakeFacts())).isEmpty();
        }

        @Test
        void aClosedDossierTakesNoStep() {
            Dossier refused = new History().prepared(day(2025, 1, 6))
                    .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9))
                    .with(StepCode.ADMISSION_REFUSED, day(2025, 4, 1)).dossier();
            assertThat(ids(refused, StepCode.ADMISSION_DECISION, day(2025, 4, 2), extension(null), new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }
    }

    @Nested
    class Recognition {
        final History probation = new History().inProbation(day(2024, 6, 15));

        @Test
        void aPassedVoteLeadsToTheDecisionAndRemovalIsRefused() {
            Dossier passed = probation.with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 20), votes(9, 6))
                    .dossier();
            assertThat(passed.recognition()).isEqualTo(Dossier.Recognition.PASSED);
            assertThat(passed.nextStep()).contains(StepCode.RECOGNITION_DECISION);
            assertThat(ids(passed, StepCode.REMOVAL, day(2025, 7, 1), extension(null), new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }

        @Test
        void twoThirdsAgainstLeadsToRemoval() {
            Dossier rejected = probation.with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 20), votes(9, 3, 6))
                    .dossier();
            leadsToRemoval(rejected);
        }

        @Test
        void withoutTwoThirdsEitherWayTheCellVotesAgainUpToThreeTimes() {
            probation.with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 20), votes(9, 5, 4));
            Dossier once = probation.dossier();
            assertThat(once.recognition()).isEqualTo(Dossier.Recognition.UNDECIDED);
            assertThat(once.nextStep()).contains(StepCode.RECOGNITION_CELL_RESOLUTION);
            assertThat(ids(once, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 1), votes(9, 5, 4),
                    new FakeFacts())).isEmpty();
            probation.with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 1), votes(9, 5, 4))
                    .with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 15), votes(9, 5, 4));
            Dossier thrice = probation.dossier();
            assertThat(thrice.recognition()).isEqualTo(Dossier.Recognition.UNDECIDED_THRICE);
            assertThat(ids(thrice, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 7, 20), votes(9, 5, 4),
                    new FakeFacts())).containsExactly("R-STEP-ORDER");
            // The superior decides: recognition or removal.
            assertThat(ids(thrice, StepCode.RECOGNITION_DECISION, day(2025, 7, 20), extension(null), new FakeFacts()))
                    .isEmpty();
            assertThat(ids(thrice, StepCode.REMOVAL, day(2025, 7, 20), extension(null), new FakeFacts())).isEmpty();
        }
    }

    @Nested
    class Versions {
        final Dossier proposed = new History().prepared(day(2021, 1, 4))
                .with(StepCode.CELL_RESOLUTION, day(2021, 3, 1), votes(9, 9)).dossier();

        String sourceOf(LocalDate date) {
            return judge(proposed, StepCode.ADMISSION_DECISION, date, extension(null), new FakeFacts()).stream()
                    .filter(v -> v.ruleId().equals("R-DECISION-60WD")).findFirst().orElseThrow().sourceKey();
        }

        @Test
        void aViolationCitesTheRegulationInForceOnTheStepsDate() {
            assertThat(sourceOf(day(2021, 7, 29))).isEqualTo("source.regulation2016");
            assertThat(sourceOf(day(2021, 7, 30))).isEqualTo("source.regulation2021");
            assertThat(sourceOf(day(2025, 1, 19))).isEqualTo("source.regulation2021");
            assertThat(sourceOf(day(2025, 1, 20))).isEqualTo("source.regulation2025a");
            assertThat(sourceOf(day(2025, 6, 30))).isEqualTo("source.regulation2025a");
            assertThat(sourceOf(day(2025, 7, 1))).isEqualTo("source.regulation2025");
        }

        @Test
        void aRuleNotYetInForceDoesNotJudge() {
            Rule rule = RULES.rules().stream().filter(r -> r.id().equals("R-AGE-MAX")).findFirst().orElseThrow();
            assertThat(rule.versionOn(day(2016, 9, 19))).isEmpty();
            assertThat(rule.versionOn(day(2016, 9, 20))).isPresent();
        }

        @Test
        void everyRuleHasAtLeastOneVersionAndADistinctId() {
            assertThat(RULES.rules()).allMatch(r -> !r.versions().isEmpty());
            assertThat(RULES.rules().stream().map(Rule::id).distinct().count()).isEqualTo(RULES.rules().size());
        }
    }

    static List<String> keys(Dossier dossier, StepCode step, LocalDate date, StepData data, Facts facts) {
        return judge(dossier, step, date, data, facts).stream().map(v -> v.ruleId() + ":" + v.messageKey()).toList();
    }

    /** Two thirds against recognition: removal comes next, a recognition decision is out of order. */
    static void leadsToRemoval(Dossier rejected) {
        assertThat(rejected.recognition()).isEqualTo(Dossier.Recognition.REJECTED);
        assertThat(rejected.nextStep()).contains(StepCode.REMOVAL);
        assertThat(ids(rejected, StepCode.RECOGNITION_DECISION, day(2025, 7, 1), extension(null), new FakeFacts()))
                .containsExactly("R-STEP-ORDER");
        assertThat(ids(rejected, StepCode.REMOVAL, day(2025, 7, 1), extension(null), new FakeFacts())).isEmpty();
    }

    static Rule rule(String id) {
        return RULES.rule(id).orElseThrow();
    }

    @Nested
    class EveryVersion {
        @TestFactory
        Stream<DynamicTest> eachVersionIsInForceFromItsFirstDayToTheDayBeforeTheNext() {
            List<DynamicTest> tests = new ArrayList<>();
            for (Rule rule : RULES.rules()) {
                List<RuleVersion> versions = rule.versions();
                for (int i = 0; i < versions.size(); i++) {
                    RuleVersion version = versions.get(i);
                    RuleVersion previous = i == 0 ? null : versions.get(i - 1);
                    LocalDate from = version.inForce().from();
                    tests.add(DynamicTest.dynamicTest(rule.id() + " from " + from, () -> {
                        assertThat(rule.versionOn(from.minusDays(1))).isEqualTo(Optional.ofNullable(previous));
                        assertThat(rule.versionOn(from)).contains(version);
                        assertThat(rule.versionOn(from.plusDays(1))).contains(version);
                        assertThat(version.citations()).isNotEmpty();
                        assertThat(version.numbers().keySet()).isEqualTo(versions.get(0).numbers().keySet());
                    }));
                }
            }
            return tests.stream();
        }

        @Test
        void everyRuleIsKnownFromTheCharterOf2011OrItsImplementingTexts() {
            for (Rule rule : RULES.rules()) {
                assertThat(rule.versions().get(0).inForce().from()).as(rule.id())
                        .isAfterOrEqualTo(day(2011, 1, 19)).isBeforeOrEqualTo(day(2016, 9, 20));
                assertThat(rule.versions().get(rule.versions().size() - 1).inForce().isOpen()).as(rule.id()).isTrue();
            }
        }

        @Test
        void ageAndEducationCiteTheRegulationImplementingTheCharterAtItsPoint() {
            assertThat(rule("R-AGE-MIN").versionOn(day(2024, 1, 1)).orElseThrow().citations())
                    .containsExactly(Citation.point("source.regulation2021", "1.1.1"));
            assertThat(rule("R-AGE-MIN").versionOn(day(2025, 7, 1)).orElseThrow().citations())
                    .containsExactly(Citation.point("source.regulation2025", "1.1.1"));
            assertThat(rule("R-EDUCATION").versionOn(day(2024, 1, 1)).orElseThrow().citations())
                    .containsExactly(Citation.point("source.regulation2021", "1.2"), Citation.of("source.guidance2021"));
            assertThat(rule("R-AGE-MIN").versionOn(day(2024, 1, 1)).orElseThrow().number("minimumAgeMonths"))
                    .isEqualTo(216);
        }

        @Test
        void votesCiteTheChartersArticleFourClauseThreeAsWell() {
            assertThat(rule("R-CELL-VOTE").versionOn(day(2024, 1, 1)).orElseThrow().citations())
                    .containsExactly(Citation.article("source.charter", 4, 3), Citation.point("source.regulation2021", "3"));
            assertThat(rule("R-CELL-VOTE").versionOn(day(2011, 6, 1)).orElseThrow().citations())
                    .containsExactly(Citation.article("source.charter", 4, 3));
            assertThat(rule("R-COMMITTEE-VOTE").versionOn(day(2024, 1, 1)).orElseThrow().share("share"))
                    .hasToString("2/3");
        }

        @Test
        void theDecisionsDeadlineCarriesItsNumbersInEveryPeriod() {
            for (RuleVersion version : rule("R-DECISION-60WD").versions()) {
                assertThat(version.number("workingDays")).isEqualTo(60);
                assertThat(version.number("extensionWorkingDays")).isEqualTo(30);
            }
            assertThat(rule("R-DECISION-60WD").versionOn(day(2017, 1, 1)).orElseThrow().citations())
                    .containsExactly(Citation.point("source.regulation2016", "4.3.1"));
            assertThat(rule("R-DECISION-60WD").versionOn(day(2012, 1, 1)).orElseThrow().citations())
                    .containsExactly(Citation.of("source.regulation2011"));
        }

        @Test
        void settingsAreNamedAndTakeTheirConfiguredValue() {
            RuleBook other = new RuleBook(AdmissionSettings.of(18, 28, 60));
            assertThat(other.rule("R-PAPERS-FRESH").orElseThrow().versions().get(0).number("validityMonths"))
                    .isEqualTo(18);
            assertThat(other.rule("R-INTRO-COUNT").orElseThrow().versions().get(0).number("youthUnionAge"))
                    .isEqualTo(28);
            assertThat(rule("R-PAPERS-FRESH").settings()).containsExactly("validityMonths");
            assertThat(rule("R-CERTIFICATE").versions().get(0).number("validityMonths")).isEqualTo(60);
        }
    }

    @Nested
    class NotChecked {
        final Dossier proposed = new History().prepared(day(2011, 9, 5))
                .with(StepCode.CELL_RESOLUTION, day(2011, 10, 3), votes(9, 9)).dossier();

        @Test
        void aDecisionBeforeTheEarliestKnownRegulationIsFlaggedNotCheckedNeverPassed() {
            List<Violation> before = judge(proposed, StepCode.ADMISSION_DECISION, day(2011, 10, 31), extension(null),
                    new FakeFacts());
            assertThat(before).extracting(v -> v.ruleId() + ":" + v.messageKey())
                    .contains("R-DECISION-60WD:rule.notChecked", "R-AUTHORITY:rule.notChecked");
            assertThat(before).allMatch(v -> v.severity() == Violation.Severity.WARN);
            assertThat(keys(proposed, StepCode.ADMISSION_DECISION, day(2011, 11, 1), extension(null), new FakeFacts()))
                    .isEmpty();
            assertThat(keys(proposed, StepCode.ADMISSION_DECISION, day(2011, 11, 2), extension(null), new FakeFacts()))
                    .isEmpty();
        }

        @Test
        void theOrderOfTheProcedureIsJudgedOnAnyDate() {
            Dossier partial = new History().with(StepCode.APPLICATION, day(2005, 1, 3)).dossier();
            assertThat(ids(partial, StepCode.CELL_RESOLUTION, day(2005, 3, 1), votes(9, 9), new FakeFacts()))
                    .containsOnly("R-STEP-ORDER");
        }

        @Test
        void beforeTheCharterOf2011EveryRuleOfTheCellsVoteIsFlagged() {
            Dossier old = new History().prepared(day(2010, 9, 1)).dossier();
            List<Violation> violations = judge(old, StepCode.CELL_RESOLUTION, day(2010, 10, 1), votes(9, 5),
                    new FakeFacts());
            assertThat(violations).isNotEmpty().allMatch(v -> v.messageKey().equals("rule.notChecked"));
            assertThat(violations).extracting(Violation::ruleId).contains("R-CELL-VOTE", "R-AGE-MIN", "R-EDUCATION");
        }
    }

    @Nested
    class ReadmissionAtTheCellsVote {
        final FakeFacts facts = new FakeFacts();
        final Dossier dossier = new History().prepared(day(2022, 11, 1)).dossier();

        ReadmissionAtTheCellsVote() {
            facts.past = new Facts.PastMembership(day(2020, 1, 10), "LEAVE");
        }

        StepData vote(StepData.LeaveReason why, LocalDate cleared, Boolean before, String consent) {
            return new StepData.ProposalVote(9, 9, null, null, null, null,
                    new StepData.Readmission(why, cleared, before, consent));
        }

        List<String> judged(LocalDate date, StepData data) {
            return keys(dossier, StepCode.CELL_RESOLUTION, date, data, facts);
        }

        @Test
        void thirtySixMonthsAfterLeaving() {
            StepData data = vote(StepData.LeaveReason.OTHER, null, false, "12-CV/TU");
            assertThat(judged(day(2023, 1, 9), data)).containsExactly("R-READMISSION:rule.readmission.tooSoon");
            assertThat(judged(day(2023, 1, 10), data)).isEmpty();
            assertThat(judged(day(2023, 1, 11), data)).isEmpty();
        }

        @Test
        void sixtyMonthsAfterACriminalRecordForALessSeriousCrimeIsCleared() {
            StepData data = vote(StepData.LeaveReason.MINOR_CRIME, day(2020, 6, 1), false, "12-CV/TU");
            Dossier later = new History().prepared(day(2025, 1, 6)).dossier();
            assertThat(keys(later, StepCode.CELL_RESOLUTION, day(2025, 5, 31), data, facts))
                    .containsExactly("R-READMISSION:rule.readmission.tooSoon");
            assertThat(keys(later, StepCode.CELL_RESOLUTION, day(2025, 6, 1), data, facts)).isEmpty();
            assertThat(keys(later, StepCode.CELL_RESOLUTION, day(2025, 6, 2), data, facts)).isEmpty();
            assertThat(judged(day(2023, 6, 1), vote(StepData.LeaveReason.MINOR_CRIME, null, false, "12-CV/TU")))
                    .contains("R-READMISSION:rule.readmission.clearedOnMissing");
        }

        @Test
        void theGroundsNeverReadmittedAndAMissingGround() {
            for (StepData.LeaveReason why : StepData.LeaveReason.values()) {
                List<String> judged = judged(day(2023, 6, 1), vote(why, day(2010, 1, 1), false, "12-CV/TU"));
                if (why.neverReadmitted()) {
                    assertThat(judged).as(why.name()).containsExactly("R-READMISSION:rule.readmission.excluded");
                } else {
                    assertThat(judged).as(why.name()).isEmpty();
                }
            }
            assertThat(judged(day(2023, 6, 1), votes(9, 9)))
                    .contains("R-READMISSION:rule.readmission.groundMissing", "R-READMISSION:rule.readmission.consentMissing");
        }

        @Test
        void onceOnlyAndWithTheProvincialConsent() {
            assertThat(judged(day(2023, 6, 1), vote(StepData.LeaveReason.OTHER, null, true, "12-CV/TU")))
                    .containsExactly("R-READMISSION:rule.readmission.onceOnly");
            facts.readmittedBefore = true;
            assertThat(judged(day(2023, 6, 1), vote(StepData.LeaveReason.OTHER, null, false, "12-CV/TU")))
                    .containsExactly("R-READMISSION:rule.readmission.onceOnly");
            facts.readmittedBefore = false;
            assertThat(judged(day(2023, 6, 1), vote(StepData.LeaveReason.OTHER, null, false, null)))
                    .containsExactly("R-READMISSION:rule.readmission.consentMissing");
        }

        @Test
        void aMemberWhoTransferredOutLeftNoParty() {
            facts.past = new Facts.PastMembership(day(2022, 12, 1), "TRANSFER_OUT");
            assertThat(judged(day(2023, 1, 2), votes(9, 9))).isEmpty();
        }
    }

    @Nested
    class Authority {
        final Dossier proposed = new History().prepared(day(2025, 1, 6))
                .with(StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9)).dossier();
        final FakeFacts facts = new FakeFacts();

        Authority() {
            facts.owner = new OrganizationRef(20, "HB", "Đảng ủy phường Hòa Bình", OrganizationType.GRASSROOTS_COMMITTEE,
                    null, null);
        }

        @Test
        void onlyTheBodyWithThePowerOnTheDecisionsDateIssuesIt() {
            assertThat(keys(proposed, StepCode.ADMISSION_DECISION, day(2025, 3, 10),
                    new StepData.Decision("1-QĐ/ĐU", "TT", null), facts))
                    .containsExactly("R-AUTHORITY:dossier.issuer.notAuthority");
            assertThat(ids(proposed, StepCode.ADMISSION_DECISION, day(2025, 3, 10),
                    new StepData.Decision("1-QĐ/ĐU", "HB", null), facts)).isEmpty();
        }

        @Test
        void aSpecialCaseNamesTheProvincialLevel() {
            Dossier older = proposed.as(new DossierKind(true, false, false, false, true));
            assertThat(keys(older, StepCode.ADMISSION_DECISION, day(2025, 3, 10),
                    new StepData.Decision("1-QĐ/ĐU", "TT", null), facts))
                    .containsExactly("R-AUTHORITY:rule.authority.provincial");
        }
    }

    @Nested
    class RecordChecks {
        @Test
        void theOfficialMembersGivenAreCheckedAgainstTheRegister() {
            Dossier dossier = new History().prepared(day(2025, 1, 6)).dossier();
            FakeFacts facts = new FakeFacts();
            facts.registered = 8;
            List<Violation> warned = judge(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(9, 9), facts);
            assertThat(warned).extracting(Violation::ruleId).containsExactly("R-CELL-REGISTER");
            assertThat(warned.get(0).severity()).isEqualTo(Violation.Severity.WARN);
            assertThat(rule("R-CELL-REGISTER").answerable()).isTrue();
            assertThat(ids(dossier, StepCode.CELL_RESOLUTION, day(2025, 3, 3), votes(8, 8), facts)).isEmpty();
        }

        @Test
        void anIntroducerWhoLeftOrMovedBeforeTheVoteIsToBeReplaced() {
            Dossier introduced = new History().prepared(day(2024, 5, 1))
                    .with(StepCode.INTRODUCTION, day(2024, 5, 2), introducers(null, knows(11, day(2020, 1, 1)),
                            knows(12, day(2020, 1, 1)))).dossier();
            FakeFacts facts = new FakeFacts().member(11, "Nguyễn Văn Một", day(2010, 1, 1), GRASSROOTS)
                    .member(12, "Trần Thị Hai", day(2010, 1, 1), GRASSROOTS).left(12, day(2024, 6, 1));
            assertThat(ids(introduced, StepCode.CELL_RESOLUTION, day(2024, 5, 31), votes(9, 9), facts)).isEmpty();
            assertThat(keys(introduced, StepCode.CELL_RESOLUTION, day(2024, 6, 1), votes(9, 9), facts))
                    .containsExactly("R-INTRO-CHANGED:rule.intro.left");
            facts.left(12, null).moved(11, day(2024, 6, 3));
            assertThat(ids(introduced, StepCode.CELL_RESOLUTION, day(2024, 6, 2), votes(9, 9), facts)).isEmpty();
            assertThat(keys(introduced, StepCode.CELL_RESOLUTION, day(2024, 6, 3), votes(9, 9), facts))
                    .containsExactly("R-INTRO-CHANGED:rule.intro.moved");
        }

        @Test
        void twoMembersIntroducingAnApplicantOfYouthAgeIsAQuestionAboutTheYouthUnion() {
            FakeFacts facts = new FakeFacts().member(11, "Nguyễn Văn Một", day(2010, 1, 1), GRASSROOTS)
                    .member(12, "Trần Thị Hai", day(2012, 1, 1), GRASSROOTS);
            Dossier applied = new History().with(StepCode.APPLICATION, day(2031, 1, 5)).dossier();
            StepData byMembers = introducers(null, knows(11, day(2020, 1, 1)), knows(12, day(2020, 1, 1)));
            // Born 15/03/2000: youth age (30) lasts up to 14/03/2031.
            assertThat(ids(applied, StepCode.INTRODUCTION, day(2031, 3, 14), byMembers, facts))
                    .containsExactly("R-INTRO-YOUTH-UNION");
            assertThat(ids(applied, StepCode.INTRODUCTION, day(2031, 3, 15), byMembers, facts)).isEmpty();
            assertThat(ids(applied, StepCode.INTRODUCTION, day(2031, 3, 16), byMembers, facts)).isEmpty();
        }

        @Test
        void recognitionWithoutTheNewMemberClassIsAWarning() {
            Dossier noClass = new History().decided(day(2024, 3, 1), day(2024, 4, 1), day(2024, 5, 1))
                    .with(StepCode.CEREMONY, day(2024, 6, 15)).dossier();
            assertThat(ids(noClass, StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 16), votes(9, 9),
                    new FakeFacts())).containsExactly("R-RECOGNITION-CLASS");
        }
    }

    @Nested
    class CommitteeRecognition {
        final History cellPassed = new History().committee().inProbation(day(2024, 6, 15))
                .with(StepCode.COMMITTEE_RESOLUTION, day(2024, 4, 22), committee(9, 9))
                .with(StepCode.RECOGNITION_CELL_RESOLUTION, day(2025, 6, 20), votes(9, 9, 0));

        @Test
        void aCommitteeVoteShortOfTwoThirdsIsRecordedAsAFailedVote() {
            Dossier dossier = cellPassed.dossier();
            assertThat(dossier.nextStep()).contains(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
            assertThat(ids(dossier, StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 6, 27), committee(9, 5),
                    new FakeFacts())).isEmpty();
            Dossier once = cellPassed.with(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 6, 27),
                    committee(9, 5)).dossier();
            assertThat(once.recognition()).isEqualTo(Dossier.Recognition.UNDECIDED);
            assertThat(once.nextStep()).contains(StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
            assertThat(ids(once, StepCode.RECOGNITION_DECISION, day(2025, 7, 1), extension(null), new FakeFacts()))
                    .containsExactly("R-STEP-ORDER");
        }

        @Test
        void afterThreeCommitteeVotesWithoutTwoThirdsTheSuperiorDecides() {
            cellPassed.with(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 6, 27), committee(9, 5))
                    .with(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 7, 4), committee(9, 5));
            Dossier twice = cellPassed.dossier();
            assertThat(ids(twice, StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 7, 11), committee(9, 5),
                    new FakeFacts())).isEmpty();
            Dossier thrice = cellPassed.with(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 7, 11),
                    committee(9, 5)).dossier();
            assertThat(thrice.recognition()).isEqualTo(Dossier.Recognition.UNDECIDED_THRICE);
            assertThat(thrice.nextStep()).contains(StepCode.RECOGNITION_DECISION);
            assertThat(ids(thrice, StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 7, 18), committee(9, 9),
                    new FakeFacts())).containsExactly("R-STEP-ORDER");
            assertThat(ids(thrice, StepCode.RECOGNITION_DECISION, day(2025, 7, 18), extension(null), new FakeFacts()))
                    .isEmpty();
            assertThat(ids(thrice, StepCode.REMOVAL, day(2025, 7, 18), extension(null), new FakeFacts())).isEmpty();
        }

        @Test
        void twoThirdsOfTheCommitteeAgainstLeadsToRemoval() {
            Dossier rejected = cellPassed.with(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, day(2025, 6, 27),
                    new StepData.CommitteeVote(9, 2, 7)).dossier();
            leadsToRemoval(rejected);
        }

        @Test
        void theCommitteesAdmissionProposalStillNeedsTwoThirds() {
            assertThat(rule("R-COMMITTEE-VOTE").steps()).containsExactly(StepCode.COMMITTEE_RESOLUTION);
        }
    }
}
