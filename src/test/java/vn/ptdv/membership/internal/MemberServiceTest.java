package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.membership.AdmissionDates;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of registering members and recording their movements, without Spring or a database. */
class MemberServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final OrganizationRef CELL = new OrganizationRef(10, "HB-KP01", "Chi bộ Khu phố 1",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);
    private static final PersonRef PERSON = new PersonRef(7, "Nguyễn Văn An", LocalDate.of(2000, 6, 1), Gender.MALE,
            null, "01", Religion.NONE, "12/12", 10);

    private final MemberStore store = mock(MemberStore.class);
    private final TransferRequestStore requests = mock(TransferRequestStore.class);
    private final People people = mock(People.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final MemberService service = new MemberService(store, requests, people, organizations, scope,
            mock(AuditLog.class), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @BeforeEach
    void cellAndPersonInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "hoabinh", "Lê Minh Tuấn", Role.COMMITTEE, 1L));
        when(organizations.findByCode("HB-KP01")).thenReturn(Optional.of(CELL));
        when(organizations.existence(10)).thenReturn(List.of(DatePeriod.startingOn(LocalDate.of(1990, 1, 1))));
        People.Chosen chosen = () -> Optional.of(PERSON);
        when(people.choose(any(), any())).thenReturn(Optional.of(chosen));
        when(people.store(chosen)).thenReturn(PERSON);
        when(store.openMembershipOf(7)).thenReturn(Optional.empty());
        when(store.lastEndOf(7)).thenReturn(Optional.empty());
    }

    private static RegisterMember admitted(LocalDate admittedOn, LocalDate officialOn) {
        return new RegisterMember(new PersonChoice.Existing(7), "HB-KP01", null, admittedOn, null, null, officialOn,
                null, null);
    }

    private static List<String> refusals(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the input was not refused");
    }

    @Test
    void anAdmissionTheDayBeforeTheEighteenthBirthdayIsRefusedAndNothingIsStored() {
        assertThat(refusals(() -> service.register(admitted(LocalDate.of(2018, 5, 31), null))))
                .containsExactly("admittedOn: member.admittedOn.underage");
        verify(store, never()).insert(anyLong(), any(), any(), anyString());
    }

    @Test
    void anAdmissionOnTheEighteenthBirthdayIsRegistered() {
        when(store.insert(eq(7L), any(), any(), eq("hoabinh"))).thenReturn(99L);
        when(store.findById(99)).thenReturn(Optional.of(row(99, LocalDate.of(2018, 6, 1))));

        MemberService.Registered registered = service.registerChecked(admitted(LocalDate.of(2018, 6, 1),
                LocalDate.of(2019, 6, 1)));

        assertThat(registered.member().id()).isEqualTo(99);
        assertThat(registered.warnings()).isEmpty();
        verify(store).openPeriod(99, LocalDate.of(2018, 6, 1), 10);
    }

    @Test
    void anAdmissionTomorrowIsRefusedAsAFutureDate() {
        assertThat(refusals(() -> service.register(admitted(TODAY.plusDays(1), null))))
                .containsExactly("admittedOn: validation.future");
    }

    @Test
    void anOfficialDateOtherThanTwelveMonthsLaterIsStoredWithAWarning() {
        when(store.insert(anyLong(), any(), any(), anyString())).thenReturn(99L);
        when(store.findById(99)).thenReturn(Optional.of(row(99, LocalDate.of(2024, 5, 19))));

        MemberService.Registered registered = service.registerChecked(admitted(LocalDate.of(2024, 5, 19),
                LocalDate.of(2025, 5, 20)));

        assertThat(registered.warnings()).extracting(MemberRegistration.Warning::code)
                .containsExactly("OFFICIAL_NOT_TWELVE_MONTHS");
    }

    @Test
    void aProbationThatEndedWithoutAnOfficialDateIsStoredWithAWarning() {
        when(store.insert(anyLong(), any(), any(), anyString())).thenReturn(99L);
        when(store.findById(99)).thenReturn(Optional.of(row(99, TODAY.minusMonths(12))));

        assertThat(service.registerChecked(admitted(TODAY.minusMonths(12), null)).warnings())
                .extracting(MemberRegistration.Warning::code).containsExactly("PROBATION_OVERDUE");
        assertThat(service.registerChecked(admitted(TODAY.minusMonths(12).plusDays(1), null)).warnings()).isEmpty();
    }

    @Test
    void aPersonWhoIsAlreadyAMemberIsNotRegisteredTwice() {
        when(store.openMembershipOf(7)).thenReturn(Optional.of(5L));
        assertThat(refusals(() -> service.register(admitted(LocalDate.of(2024, 5, 19), null))))
                .containsExactly("personId: member.alreadyMember");
    }

    @Test
    void aTransferToTheSameCellIsRefused() {
        when(store.findById(99)).thenReturn(Optional.of(row(99, LocalDate.of(2020, 1, 1))));
        when(organizations.findById(10)).thenReturn(Optional.of(CELL));
        when(store.periodStartOn(99, LocalDate.of(2026, 1, 5))).thenReturn(Optional.of(LocalDate.of(2020, 1, 1)));
        when(store.lastMovementDate(99)).thenReturn(Optional.of(LocalDate.of(2020, 1, 1)));

        assertThatThrownBy(() -> service.move(new RecordMovement(99, MovementType.TRANSFER, LocalDate.of(2026, 1, 5),
                "HB-KP01", null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(FieldProblem::messageKey).toList())
                .isEqualTo(List.of("movement.sameOrganization"));
        verify(store, never()).closePeriodOn(anyLong(), any());
    }

    private static MemberRow row(long id, LocalDate admittedOn) {
        return new MemberRow(id, 7, PERSON.fullName(), PERSON.birthDate(), Gender.MALE, null, admittedOn, admittedOn,
                AdmissionDates.CEREMONY_ONLY, false, 10,
                CELL.name(), null, null, null, null, 10, CELL.code(), CELL.name(), 0);
    }
}
