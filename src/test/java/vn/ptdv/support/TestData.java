package vn.ptdv.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.Assignments;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.Directives;
import vn.ptdv.planning.NewDirective;
import vn.ptdv.planning.NewTerm;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.planning.Targets;
import vn.ptdv.planning.Terms;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.Pool;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.training.Classes;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;

/**
 * The records a test asserts on, added to its own part of the tree ({@link Fixtures#tree()})
 * through the application's services, as the system: members, candidates, classes, admission
 * dossiers at each stage, terms, targets and assignments. Every date is given by the test (from
 * {@link MutableClock#today()}), so that the same records tell the same story on any day.
 */
public class TestData {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The day the introducers of {@link #proposed} have known the applicant since. */
    private static final LocalDate KNOWN_SINCE = LocalDate.of(2015, 1, 1);

    private final MemberRegistry members;
    private final Pool pool;
    private final Classes classes;
    private final Admissions admissions;
    private final Terms terms;
    private final Targets targets;
    private final Directives directives;
    private final Assignments assignments;

    TestData(MemberRegistry members, Pool pool, Classes classes, Admissions admissions, Terms terms, Targets targets,
            Directives directives, Assignments assignments) {
        this.members = members;
        this.pool = pool;
        this.classes = classes;
        this.admissions = admissions;
        this.terms = terms;
        this.targets = targets;
        this.directives = directives;
        this.assignments = assignments;
    }

    /** A person living in the organization, born 25 years before the date, a farmer and a youth union member. */
    public static NewPerson person(String name, Gender gender, LocalDate born, String residence) {
        return new NewPerson(name, born, gender, null, "01", Religion.NONE, "12/12", null, null, residence, null, null,
                OccupationCategory.FARMER, null, null, Boolean.TRUE);
    }

    /** A member of the cell admitted on the date, official a year later (when that day has come); their id. */
    public long member(String cell, String name, Gender gender, LocalDate admitted) {
        LocalDate official = admitted.plusYears(1);
        return SystemActor.call(() -> members.register(RegisterMember.of(person(name, gender, admitted.minusYears(25), cell),
                cell, null, admitted, official.isAfter(MutableClock.today()) ? null : official)));
    }

    /** The member died on the date. */
    public void died(long member, LocalDate date) {
        SystemActor.run(() -> members.move(new vn.ptdv.membership.RecordMovement(member,
                vn.ptdv.membership.MovementType.DEATH, date, null, null, null, null)));
    }

    /** An official member of the cell since long ago (admitted in 2000); their id. */
    public long officialMember(String cell, String name) {
        return member(cell, name, Gender.MALE, LocalDate.of(2000, 5, 19));
    }

    /** A candidate of the cell listed on the date by the youth union, mentored by the member if one is given; the candidate's id. */
    public long prospect(String cell, String name, LocalDate since, Long mentor) {
        return SystemActor.call(() -> pool.list(ListProspect.of(person(name, Gender.FEMALE, LocalDate.of(2000, 3, 8),
                cell), cell, since, ProspectChannel.YOUTH_UNION, List.of(ProspectCategory.YOUTH_UNION_MEMBER), mentor)));
    }

    /** The same, introduced to the pool by the member (a cadre). */
    public long prospectIntroducedBy(String cell, String name, LocalDate since, long cadre) {
        return SystemActor.call(() -> pool.list(ListProspect.of(person(name, Gender.MALE, LocalDate.of(2000, 3, 8),
                cell), cell, since, ProspectChannel.CELL, List.of(ProspectCategory.YOUNG_INTELLECTUAL), null)
                .introducedBy(cadre)));
    }

    public long personOf(long prospect) {
        return SystemActor.call(() -> pool.personOf(prospect));
    }

    /** A survey of the organization's eligible non-members on the date (40, by four categories). */
    public void survey(String organization, LocalDate on) {
        SystemActor.run(() -> pool.survey(new RecordSurvey(organization, on, "Văn phòng Đảng ủy", 40,
                Map.of(ProspectCategory.YOUTH_UNION_MEMBER, 18, ProspectCategory.WOMAN, 15,
                        ProspectCategory.YOUNG_INTELLECTUAL, 9, ProspectCategory.GOOD_PRODUCER, 6), null)));
    }

    /** An awareness class of the organizer from its first to its last day; its id. */
    public long awarenessClass(String organizer, String name, LocalDate start, LocalDate end) {
        return SystemActor.call(() -> classes.open(new OpenClass(name, organizer, start, end, "Hội trường")));
    }

    /** Enrolls the person in the class with a certificate of the date. */
    public void certify(long classId, long person, LocalDate date) {
        SystemActor.run(() -> classes.enroll(EnrollParticipant.existing(classId, person,
                ParticipantResult.certified("GCN-" + SEQUENCE.incrementAndGet() + "-" + classId, date))));
    }

    /**
     * A candidate of the cell listed two years before the date who completed an awareness class of
     * the organizer ending on the date, with its certificate; the person's id.
     */
    public long applicant(String cell, String organizer, String name, LocalDate certified) {
        long person = personOf(prospect(cell, name, certified.minusYears(2), null));
        certify(awarenessClass(organizer, "Lớp bồi dưỡng nhận thức về Đảng " + SEQUENCE.incrementAndGet(),
                certified.minusDays(4), certified), person, certified);
        return person;
    }

    /** A dossier of the person in the cell; its id. */
    public long dossier(long person, String cell) {
        return SystemActor.call(() -> admissions.open(person, cell));
    }

    public void record(long dossier, StepCode step, LocalDate date, StepData data) {
        SystemActor.run(() -> admissions.record(dossier, RecordStep.of(step, date, data)));
    }

    public void record(long dossier, StepCode step, LocalDate date) {
        SystemActor.run(() -> admissions.record(dossier, RecordStep.of(step, date)));
    }

    /**
     * A dossier of the person whose papers were gathered in the five weeks before the cell's vote
     * on the date, introduced by the two official members, and the vote (nine of nine); its id.
     */
    public long proposed(long person, String cell, LocalDate vote, long introducer1, long introducer2) {
        long dossier = dossier(person, cell);
        LocalDate start = vote.minusWeeks(5);
        record(dossier, StepCode.APPLICATION, start);
        record(dossier, StepCode.PERSONAL_HISTORY, start.plusDays(3));
        record(dossier, StepCode.INTRODUCTION, start.plusDays(7), StepData.Introduction.byMembers(List.of(
                new StepData.Introducer(introducer1, KNOWN_SINCE), new StepData.Introducer(introducer2, KNOWN_SINCE))));
        record(dossier, StepCode.BACKGROUND_CHECK, start.plusDays(21), new StepData.BackgroundCheck("Lý lịch rõ ràng"));
        record(dossier, StepCode.COMMENTS, start.plusDays(28));
        record(dossier, StepCode.CELL_RESOLUTION, vote, StepData.ProposalVote.of(9, 9));
        return dossier;
    }

    /** The same, through the committee's resolution a week after the vote and the decision of the date. */
    public long decided(long person, String cell, LocalDate decision, long introducer1, long introducer2) {
        LocalDate vote = decision.minusDays(21);
        long dossier = proposed(person, cell, vote, introducer1, introducer2);
        record(dossier, StepCode.COMMITTEE_RESOLUTION, vote.plusDays(7), StepData.CommitteeVote.of(9, 9));
        record(dossier, StepCode.ADMISSION_DECISION, decision,
                StepData.Decision.numbered(SEQUENCE.incrementAndGet() + "-QĐ/ĐU"));
        return dossier;
    }

    /** The same, through the ceremony of the date that makes a probationary member. */
    public long admitted(long person, String cell, LocalDate decision, LocalDate ceremony, long introducer1,
            long introducer2) {
        long dossier = decided(person, cell, decision, introducer1, introducer2);
        record(dossier, StepCode.CEREMONY, ceremony, StepData.Ceremony.at("Hội trường khu phố"));
        return dossier;
    }

    /**
     * Takes a probationary member's dossier through the new-member class and the recognition (the
     * cell's vote on the day the twelve months end, the committee's a week later, the decision a
     * week after that): an official member.
     */
    public void recognized(long dossier, LocalDate ceremony) {
        LocalDate recognized = ceremony.plusMonths(12);
        record(dossier, StepCode.NEW_MEMBER_CLASS, ceremony.plusMonths(3),
                new StepData.NewMemberClass("ĐVM-" + SEQUENCE.incrementAndGet()));
        record(dossier, StepCode.RECOGNITION_CELL_RESOLUTION, recognized, new StepData.CellVote(9, 9, null));
        record(dossier, StepCode.RECOGNITION_COMMITTEE_RESOLUTION, recognized.plusDays(7),
                StepData.CommitteeVote.of(9, 9));
        record(dossier, StepCode.RECOGNITION_DECISION, recognized.plusDays(14),
                StepData.Decision.numbered(SEQUENCE.incrementAndGet() + "-QĐ/ĐU"));
    }

    /** A term of the code from its first day, five years long. */
    public void term(String code, LocalDate start) {
        SystemActor.run(() -> terms.create(new NewTerm(code, "Nhiệm kỳ " + code, start,
                start.plusYears(5).minusDays(1))));
    }

    /** A plan of the issuer issued on the date; its id. */
    public long plan(String issuer, String numberSymbol, LocalDate issued, String title) {
        return SystemActor.call(() -> directives.create(new NewDirective(NumberSymbol.of(numberSymbol),
                DirectiveType.PLAN, issued, issuer, title)));
    }

    /** The organization's admission target for the term ({@code year} null) or one of its years. */
    public void target(String organization, String term, Integer year, int admissions, Long plan) {
        SystemActor.run(() -> targets.set(SetTarget.of(organization, term, year, admissions, plan)));
    }

    /** The member assigned to supervise the cell from the date on. */
    public void supervise(long member, String cell, LocalDate from) {
        SystemActor.run(() -> assignments.assign(new AssignCadre(member, cell, AssignmentRole.SUPERVISE, from, null,
                null)));
    }

    /** A unique number for names and codes. */
    public static int next() {
        return SEQUENCE.incrementAndGet();
    }
}
