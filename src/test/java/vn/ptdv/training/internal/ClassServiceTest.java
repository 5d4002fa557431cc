package vn.ptdv.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Refusals;
import vn.ptdv.training.ClassCompleted;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;
import vn.ptdv.support.ScopeMocks;

/** The rules of classes, their participants and certificates, without Spring or a database. */
class ClassServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final OrganizationRef COMMUNE = new OrganizationRef(1, "AP", "Đảng bộ xã An Phú",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 3, 6);
    private static final PersonRef HOA = person(7, "Lê Thị Hoa", "001301000007");
    private static final PersonRef BINH = person(8, "Trần Văn Bình", "001201000008");

    private final ClassStore store = mock(ClassStore.class);
    private final People people = mock(People.class);
    private final Members members = mock(Members.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final ClassService service = new ClassService(store, people, members, organizations, scope,
            mock(AuditLog.class), events, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static PersonRef person(long id, String name, String nationalId) {
        return new PersonRef(id, name, LocalDate.of(2001, 4, 21), Gender.FEMALE, nationalId, "01", Religion.NONE,
                "12/12", 10);
    }

    @BeforeEach
    void aClassOfTheCommuneThatEnded() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "anphu", "Phạm Văn Hải", Role.COMMITTEE, 1L));
        when(organizations.findByCode("AP")).thenReturn(Optional.of(COMMUNE));
        when(organizations.findById(1)).thenReturn(Optional.of(COMMUNE));
        classEnding(END);
        when(store.insert(anyLong(), anyString(), any(), any(), any(), any(), anyString())).thenReturn(3L);
        when(store.certificateHolder(anyString())).thenReturn(Optional.empty());
        for (PersonRef p : List.of(HOA, BINH)) {
            People.Chosen chosen = () -> Optional.of(p);
            when(people.choose(eq(new PersonChoice.Existing(p.id())), any())).thenReturn(Optional.of(chosen));
            when(people.store(chosen)).thenReturn(p);
            when(people.findVisibleByNationalId(p.nationalId())).thenReturn(Optional.of(p));
        }
        when(store.insertParticipant(anyLong(), anyLong(), anyBoolean(), any(), any(), any(), anyString()))
                .thenReturn(40L);
        when(store.participant(40)).thenReturn(Optional.of(participant(40, HOA, false, null, null)));
    }

    private void classEnding(LocalDate end) {
        when(store.findById(3)).thenReturn(Optional.of(new ClassRow(3, 1, "AP", COMMUNE.name(),
                "Lớp bồi dưỡng nhận thức về Đảng khóa I năm 2026", START, end, "Hội trường xã", 0, 0, 0)));
    }

    private static ParticipantRow participant(long id, PersonRef person, boolean completed, String number,
            LocalDate date) {
        return new ParticipantRow(id, 3, person.id(), person.fullName(), person.birthDate(), person.nationalId(),
                "Thôn 1", completed, number, date, 1);
    }

    private void nobodyEnrolled() {
        verify(store, never()).insertParticipant(anyLong(), anyLong(), anyBoolean(), any(), any(), any(), anyString());
    }

    private static EnrollParticipant hoa(ParticipantResult result) {
        return EnrollParticipant.existing(3, HOA.id(), result);
    }

    // --- classes ---

    @Test
    void aClassEndingTheDayBeforeItStartsIsRefusedAndOneOfASingleDayIsOpened() {
        assertThat(Refusals.of(() -> service.open(new OpenClass("Lớp", "AP", START, START.minusDays(1), null))))
                .containsExactly("endDate: class.end.beforeStart");
        verify(store, never()).insert(anyLong(), anyString(), any(), any(), any(), any(), anyString());

        assertThat(service.open(new OpenClass("Lớp", "AP", START, START, null))).isEqualTo(3);
        verify(store).insert(eq(1L), eq("Lớp"), eq(START), eq(START), isNull(), any(), eq("anphu"));
    }

    @Test
    void anOrganizerThatEndedOpensNoClass() {
        when(organizations.findByCode("AP")).thenReturn(Optional.of(new OrganizationRef(1, "AP", COMMUNE.name(),
                OrganizationType.GRASSROOTS_COMMITTEE, null, TODAY)));

        assertThat(Refusals.of(() -> service.open(new OpenClass("Lớp", "AP", START, END, null))))
                .containsExactly("organizerCode: org.parent.ended");
    }

    @Test
    void aClassMayNotEndAfterACertificateItIssued() {
        when(store.participants(3)).thenReturn(List.of(participant(41, HOA, true, "AP-01", END.plusDays(3))));
        when(store.update(anyLong(), anyInt(), anyString(), any(), any(), any(), any(), anyString())).thenReturn(true);

        assertThat(Refusals.of(() -> service.update(new UpdateClass(3, new OpenClass("Lớp", "AP", START,
                END.plusDays(4), null), null)))).containsExactly("endDate: class.end.afterCertificates");

        service.update(new UpdateClass(3, new OpenClass("Lớp", "AP", START, END.plusDays(3), null), null));
        verify(store).update(eq(3L), eq(0), eq("Lớp"), eq(START), eq(END.plusDays(3)), isNull(), any(), eq("anphu"));
    }

    @Test
    void aClassCorrectedSinceItWasReadIsAConflict() {
        assertThatThrownBy(() -> service.update(new UpdateClass(3, new OpenClass("Lớp", "AP", START, END, null), 7)))
                .isInstanceOf(ConflictException.class);
    }

    // --- one participant ---

    @Test
    void aCertificateIssuedTheDayBeforeTheClassEndedIsRefusedAndOnTheLastDayIsStored() {
        assertThat(Refusals.of(() -> service.enroll(hoa(ParticipantResult.certified("AP-01", END.minusDays(1))))))
                .containsExactly("certificateDate: participant.certificate.beforeEnd");
        nobodyEnrolled();

        service.enroll(hoa(ParticipantResult.certified("AP-01", END)));
        verify(store).insertParticipant(eq(3L), eq(7L), eq(true), eq("AP-01"), eq(END), any(), eq("anphu"));
        verify(events).publishEvent(new ClassCompleted(7, 3, END));
    }

    @Test
    void aCertificateDatedTomorrowIsRefused() {
        assertThat(Refusals.of(() -> service.enroll(hoa(ParticipantResult.certified("AP-01", TODAY.plusDays(1))))))
                .containsExactly("certificateDate: validation.future");
    }

    @Test
    void aClassEndingTomorrowHasNobodyCompletedYetButOneEndingTodayHas() {
        classEnding(TODAY.plusDays(1));
        assertThat(Refusals.of(() -> service.enroll(hoa(new ParticipantResult(true, null, null)))))
                .containsExactly("completed: participant.classNotEnded");

        classEnding(TODAY);
        service.enroll(hoa(new ParticipantResult(true, null, null)));
        verify(store).insertParticipant(eq(3L), eq(7L), eq(true), isNull(), isNull(), any(), anyString());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void aCertificateGoesOnlyToSomeoneWhoCompleted() {
        assertThat(Refusals.of(() -> service.enroll(hoa(new ParticipantResult(false, "AP-01", END)))))
                .containsExactly("certificateNumber: participant.certificate.notCompleted");
    }

    @Test
    void aCertificateNumberHeldBySomeoneElseIsRefused() {
        when(store.certificateHolder("AP-01")).thenReturn(Optional.of(55L));

        assertThat(Refusals.of(() -> service.enroll(hoa(ParticipantResult.certified("AP-01", END)))))
                .containsExactly("certificateNumber: participant.certificate.taken");
        nobodyEnrolled();
    }

    @Test
    void aPartyMemberOnTheFirstDayOfTheClassDoesNotAttend() {
        when(members.isMember(7, START)).thenReturn(true);

        assertThat(Refusals.of(() -> service.enroll(hoa(ParticipantResult.none()))))
                .containsExactly("personId: participant.isMember");
    }

    @Test
    void aParticipantIsEnrolledOnce() {
        when(store.isParticipant(3, 7)).thenReturn(true);

        assertThat(Refusals.of(() -> service.enroll(hoa(ParticipantResult.none()))))
                .containsExactly("personId: participant.duplicate");
    }

    // --- the result table ---

    @Test
    void theResultTableIsSavedAllOrNone() {
        when(store.participant(41)).thenReturn(Optional.of(participant(41, HOA, false, null, null)));
        when(store.participant(42)).thenReturn(Optional.of(participant(42, BINH, false, null, null)));

        assertThat(Refusals.of(() -> service.record(new RecordResults(3, List.of(
                new RecordResults.Line(41, ParticipantResult.certified("AP-01", END), 1),
                new RecordResults.Line(42, ParticipantResult.certified("AP-02", END.minusDays(1)), 1))))))
                .containsExactly("participants[1].certificateDate: participant.certificate.beforeEnd");
        verify(store, never()).updateParticipant(anyLong(), anyInt(), anyBoolean(), any(), any(), any(), anyString());
    }

    @Test
    void theSameCertificateNumberTypedOnTwoRowsIsRefused() {
        when(store.participant(41)).thenReturn(Optional.of(participant(41, HOA, false, null, null)));
        when(store.participant(42)).thenReturn(Optional.of(participant(42, BINH, false, null, null)));

        assertThat(Refusals.of(() -> service.record(new RecordResults(3, List.of(
                new RecordResults.Line(41, ParticipantResult.certified("AP-01", END), 1),
                new RecordResults.Line(42, ParticipantResult.certified("AP-01", END), 1))))))
                .containsExactly("participants[1].certificateNumber: participant.certificate.taken");
    }

    @Test
    void aParticipantKeepsTheirOwnCertificateAndOnlyChangedRowsAreSaved() {
        when(store.participant(41)).thenReturn(Optional.of(participant(41, HOA, true, "AP-01", END)));
        when(store.participant(42)).thenReturn(Optional.of(participant(42, BINH, false, null, null)));
        when(store.certificateHolder("AP-01")).thenReturn(Optional.of(41L));
        when(store.updateParticipant(anyLong(), anyInt(), anyBoolean(), any(), any(), any(), anyString()))
                .thenReturn(true);

        service.record(new RecordResults(3, List.of(
                new RecordResults.Line(41, ParticipantResult.certified("AP-01", END), 1),
                new RecordResults.Line(42, ParticipantResult.certified("AP-02", END.plusDays(2)), 1))));

        verify(store, times(1)).updateParticipant(anyLong(), anyInt(), anyBoolean(), any(), any(), any(), anyString());
        verify(store).updateParticipant(eq(42L), eq(1), eq(true), eq("AP-02"), eq(END.plusDays(2)), any(),
                eq("anphu"));
        verify(events).publishEvent(new ClassCompleted(8, 3, END.plusDays(2)));
    }

    @Test
    void aRowReadBeforeAnotherUserChangedItIsAConflict() {
        when(store.participant(41)).thenReturn(Optional.of(participant(41, HOA, false, null, null)));

        assertThatThrownBy(() -> service.record(new RecordResults(3, List.of(
                new RecordResults.Line(41, ParticipantResult.none(), 0))))).isInstanceOf(ConflictException.class);
    }

    // --- enrolling many ---

    private static EnrollPeople.NationalIdLine line(int number, PersonRef person, ParticipantResult result) {
        return new EnrollPeople.NationalIdLine(number, person.nationalId(), result);
    }

    @Test
    void aPastedLineOfSomeoneUnknownEnrollsNobody() {
        EnrollPeople input = new EnrollPeople(3, List.of(line(1, HOA, ParticipantResult.none()),
                new EnrollPeople.NationalIdLine(2, "001099999999", ParticipantResult.none())), List.of(8L));

        assertThat(Refusals.of(() -> service.enroll(input))).containsExactly("lines: participant.line.unknownPerson");
        nobodyEnrolled();
    }

    @Test
    void aPastedLineIsRefusedForItsOwnProblemsWithItsNumber() {
        when(store.certificateHolder("AP-09")).thenReturn(Optional.of(55L));
        EnrollPeople input = new EnrollPeople(3, List.of(line(1, HOA, ParticipantResult.none()),
                line(3, BINH, ParticipantResult.certified("AP-09", END))), List.of());

        assertThat(Refusals.problems(() -> service.enroll(input))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("lines");
            assertThat(p.messageKey()).isEqualTo("participant.line.problem");
            assertThat(p.args().get(0)).isEqualTo(3);
            assertThat(p.malformed()).isFalse();
        });
        nobodyEnrolled();
    }

    @Test
    void thePoolAndThePastedLinesEnrollEachPersonOnce() {
        EnrollPeople input = new EnrollPeople(3, List.of(line(1, HOA, ParticipantResult.none())), List.of(7L));

        assertThat(Refusals.of(() -> service.enroll(input))).containsExactly("personId: participant.duplicate");
    }

    @Test
    void pastedLinesAndPeopleOfThePoolAreEnrolledTogether() {
        EnrollPeople input = new EnrollPeople(3, List.of(line(1, HOA, ParticipantResult.certified("AP-01", END))),
                List.of(8L));

        assertThat(service.enroll(input)).isEqualTo(2);
        verify(store).insertParticipant(eq(3L), eq(7L), eq(true), eq("AP-01"), eq(END), any(), anyString());
        verify(store).insertParticipant(eq(3L), eq(8L), eq(false), isNull(), isNull(), any(), anyString());
    }
}
