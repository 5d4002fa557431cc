package vn.ptdv.prospect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.prospect.ChangeProspect;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Refusals;
import vn.ptdv.support.ScopeMocks;

/** The rules of listing prospects and moving them on in the pool, without Spring or a database. */
class ProspectServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final OrganizationRef WARD = new OrganizationRef(1, "HB", "Đảng bộ phường Hòa Bình",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef OTHER_COMMUNE = new OrganizationRef(2, "AP", "Đảng bộ xã An Phú",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef CELL = new OrganizationRef(10, "HB-KP01", "Chi bộ Khu phố 1",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);
    private static final long NEIGHBOUR_CELL = 11;
    private static final long FAR_CELL = 20;
    private static final PersonRef PERSON = new PersonRef(7, "Nguyễn Thị Mai", LocalDate.of(2000, 6, 1),
            Gender.FEMALE, null, "01", Religion.NONE, "12/12", 10);
    private static final LocalDate SINCE = LocalDate.of(2025, 2, 1);

    private final ProspectStore store = mock(ProspectStore.class);
    private final People people = mock(People.class);
    private final Members members = mock(Members.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final ProspectService service = new ProspectService(store, mock(SurveyService.class), people, members,
            organizations, scope, mock(AuditLog.class),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @BeforeEach
    void aCellOfTheWardAndAPersonInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "hoabinh", "Lê Minh Tuấn", Role.COMMITTEE, 1L));
        when(organizations.findByCode("HB-KP01")).thenReturn(Optional.of(CELL));
        when(organizations.findById(10)).thenReturn(Optional.of(CELL));
        when(organizations.grassrootsOf(eq(10L), any())).thenReturn(Optional.of(WARD));
        when(organizations.grassrootsOf(eq(NEIGHBOUR_CELL), any())).thenReturn(Optional.of(WARD));
        when(organizations.grassrootsOf(eq(FAR_CELL), any())).thenReturn(Optional.of(OTHER_COMMUNE));
        People.Chosen chosen = () -> Optional.of(PERSON);
        when(people.choose(any(), any())).thenReturn(Optional.of(chosen));
        when(people.store(any())).thenReturn(PERSON);
        when(store.activeOf(7)).thenReturn(Optional.empty());
        when(store.insert(anyLong(), anyLong(), any(), any(), any(), any(), any(), anyString())).thenReturn(99L);
        when(store.findById(99)).thenReturn(Optional.of(entry(ProspectStatus.IN_POOL, null, null)));
        when(store.update(any(), any(), any(), any(), any(), any(), any(), any(), any(), anyString())).thenReturn(true);
    }

    private static ListProspect listing(LocalDate since, Long mentorMemberId) {
        return new ListProspect(new PersonChoice.Existing(7), "HB-KP01", since, ProspectChannel.YOUTH_UNION,
                Set.of(ProspectCategory.WOMAN), mentorMemberId, null);
    }

    /** The pool entry 99 of the person, listed on {@link #SINCE}. */
    private static ProspectRow entry(ProspectStatus status, LocalDate attendedOn, LocalDate leftOn) {
        return new ProspectRow(99, 7, PERSON.fullName(), PERSON.birthDate(), null, 10, CELL.code(), CELL.name(), SINCE,
                ProspectChannel.YOUTH_UNION, Set.of(ProspectCategory.WOMAN), null, null, status, attendedOn, null,
                leftOn, leftOn == null ? null : "Chuyển nơi ở", 3, null, null);
    }

    /** An official member (from {@code officialOn}) counted in the cell on every date asked. */
    private void mentor(long memberId, long cellId, LocalDate officialOn) {
        when(members.onDate(eq(memberId), any())).thenReturn(Optional.of(new Members.MemberRef(memberId, 50,
                "Trần Văn Bình", LocalDate.of(2010, 1, 1), officialOn, null, cellId)));
    }

    private void nothingListed() {
        verify(store, never()).insert(anyLong(), anyLong(), any(), any(), any(), any(), any(), anyString());
        verify(people, never()).store(any());
    }

    // --- listing ---

    @Test
    void aPersonIsListedWithTheirCategories() {
        assertThat(service.list(listing(SINCE, null))).isEqualTo(99);

        verify(store).insert(eq(7L), eq(10L), eq(SINCE), eq(ProspectChannel.YOUTH_UNION), isNull(), isNull(), any(),
                eq("hoabinh"));
        verify(store).replaceCategories(99, Set.of(ProspectCategory.WOMAN));
    }

    @Test
    void aPartyMemberCannotBeListed() {
        when(members.isMember(7, TODAY)).thenReturn(true);

        assertThat(Refusals.of(() -> service.list(listing(SINCE, null)))).containsExactly("personId: prospect.isMember");
        nothingListed();
    }

    @Test
    void aPersonHasOneActiveListingAtATime() {
        when(store.activeOf(7)).thenReturn(Optional.of(entry(ProspectStatus.ATTENDED_CLASS, SINCE, null)));

        assertThat(Refusals.of(() -> service.list(listing(SINCE, null))))
                .containsExactly("personId: prospect.alreadyInPool");
        nothingListed();
    }

    @Test
    void aListingFromTomorrowIsRefusedAndFromTodayIsStored() {
        assertThat(Refusals.of(() -> service.list(listing(TODAY.plusDays(1), null))))
                .containsExactly("since: validation.future");
        nothingListed();

        assertThat(service.list(listing(TODAY, null))).isEqualTo(99);
    }

    @Test
    void aListingOnTheDayOfBirthIsRefusedAndTheDayAfterIsStored() {
        assertThat(Refusals.of(() -> service.list(listing(PERSON.birthDate(), null))))
                .containsExactly("since: prospect.since.beforeBirth");
        assertThat(service.list(listing(PERSON.birthDate().plusDays(1), null))).isEqualTo(99);
    }

    @Test
    void aNewPersonIsNotListedBeforeTheyWereBorn() {
        NewPerson born = new NewPerson("Lê Văn Hậu", LocalDate.of(2001, 4, 21), Gender.MALE, null, "01",
                Religion.NONE, null, null, null, "HB-KP01", null, null);
        People.Chosen fresh = Optional::empty;
        when(people.choose(any(), any())).thenReturn(Optional.of(fresh));

        assertThat(Refusals.of(() -> service.list(ListProspect.of(born, "HB-KP01", LocalDate.of(2001, 4, 20),
                ProspectChannel.CELL, List.of(), null)))).containsExactly("since: prospect.since.beforeBirth");
    }

    @Test
    void aMentorMustBeOfficialOnTheDayOfTheListing() {
        mentor(50, NEIGHBOUR_CELL, SINCE.plusDays(1));
        assertThat(Refusals.of(() -> service.list(listing(SINCE, 50L))))
                .containsExactly("mentorMemberId: prospect.mentor.notOfficial");

        mentor(50, NEIGHBOUR_CELL, SINCE);
        assertThat(service.list(listing(SINCE, 50L))).isEqualTo(99);
    }

    @Test
    void aMentorWhoWasNoMemberOnTheDayOfTheListingIsRefused() {
        when(members.onDate(50, SINCE)).thenReturn(Optional.empty());

        assertThat(Refusals.of(() -> service.list(listing(SINCE, 50L))))
                .containsExactly("mentorMemberId: reference.notInScope");
    }

    @Test
    void aMentorOfAnotherGrassrootsOrganizationIsRefused() {
        mentor(50, FAR_CELL, LocalDate.of(2011, 1, 1));

        assertThat(Refusals.of(() -> service.list(listing(SINCE, 50L))))
                .containsExactly("mentorMemberId: prospect.mentor.otherGrassroots");
        nothingListed();
    }

    @Test
    void theIntroducingCadreMustBeAMemberOnTheDayOfTheListing() {
        when(members.onDate(60, SINCE)).thenReturn(Optional.empty());

        assertThat(Refusals.of(() -> service.list(listing(SINCE, null).introducedBy(60L))))
                .containsExactly("introducedByMemberId: reference.notInScope");
    }

    @Test
    void everyRuleBrokenIsToldAtOnce() {
        when(members.isMember(7, TODAY)).thenReturn(true);
        mentor(50, FAR_CELL, LocalDate.of(2011, 1, 1));

        assertThat(Refusals.of(() -> service.list(listing(TODAY.plusDays(1), 50L)))).containsExactly(
                "since: validation.future", "personId: prospect.isMember",
                "mentorMemberId: prospect.mentor.otherGrassroots");
    }

    @Test
    void aPoolOfAnOrganizationThatEndedTakesNobody() {
        when(organizations.findByCode("HB-KP01")).thenReturn(Optional.of(new OrganizationRef(10, "HB-KP01",
                CELL.name(), OrganizationType.CELL, CellKind.RESIDENTIAL, TODAY)));

        assertThat(Refusals.of(() -> service.list(listing(SINCE, null))))
                .containsExactly("organizationCode: org.parent.ended");
    }

    // --- changes ---

    private void current(ProspectRow row) {
        when(store.findById(99)).thenReturn(Optional.of(row));
    }

    @Test
    void aStatusWithoutADateTakesEffectToday() {
        ProspectRow row = entry(ProspectStatus.IN_POOL, null, null);
        current(row);

        service.change(ChangeProspect.status(99, ProspectStatus.ATTENDED_CLASS, null, null));

        verify(store).update(eq(row), eq(ProspectChannel.YOUTH_UNION), isNull(), eq(ProspectStatus.ATTENDED_CLASS),
                eq(TODAY), isNull(), isNull(), isNull(), any(), eq("hoabinh"));
    }

    @Test
    void aStatusDatedTomorrowIsRefused() {
        current(entry(ProspectStatus.IN_POOL, null, null));

        assertThat(Refusals.of(() -> service.change(ChangeProspect.status(99, ProspectStatus.APPLIED, TODAY.plusDays(1),
                null)))).containsExactly("statusDate: validation.future");
    }

    @Test
    void aStatusIsNotDatedBeforeTheLastMilestoneButMayBeOnIt() {
        LocalDate attended = LocalDate.of(2025, 9, 15);
        current(entry(ProspectStatus.ATTENDED_CLASS, attended, null));

        assertThat(Refusals.of(() -> service.change(ChangeProspect.status(99, ProspectStatus.APPLIED,
                attended.minusDays(1), null)))).containsExactly("statusDate: prospect.status.beforeLast");
        verify(store, never()).update(any(), any(), any(), any(), any(), any(), any(), any(), any(), anyString());

        service.change(ChangeProspect.status(99, ProspectStatus.APPLIED, attended, null));
        verify(store).update(any(), any(), any(), eq(ProspectStatus.APPLIED), eq(attended), eq(attended), isNull(),
                isNull(), any(), anyString());
    }

    @Test
    void someoneWhoLeftThePoolDoesNotComeBackToIt() {
        current(entry(ProspectStatus.LEFT, null, LocalDate.of(2025, 3, 1)));

        assertThat(Refusals.of(() -> service.change(ChangeProspect.status(99, ProspectStatus.IN_POOL, null, null))))
                .containsExactly("status: prospect.status.notAllowed");
    }

    @Test
    void leavingThePoolNeedsAReason() {
        current(entry(ProspectStatus.IN_POOL, null, null));

        assertThat(Refusals.malformed(() -> service.change(ChangeProspect.status(99, ProspectStatus.LEFT, TODAY, " "))))
                .containsExactly("leftReason: validation.required");

        service.change(ChangeProspect.status(99, ProspectStatus.LEFT, TODAY, "Chuyển nơi ở"));
        verify(store).update(any(), any(), any(), eq(ProspectStatus.LEFT), isNull(), isNull(), eq(TODAY),
                eq("Chuyển nơi ở"), any(), anyString());
    }

    @Test
    void aNewMentorMustBeOfficialToday() {
        current(entry(ProspectStatus.IN_POOL, null, null));
        mentor(50, NEIGHBOUR_CELL, TODAY.plusDays(1));

        assertThat(Refusals.of(() -> service.change(new ChangeProspect(99, null, null, 50L, false, null, null, null))))
                .containsExactly("mentorMemberId: prospect.mentor.notOfficial");

        mentor(50, NEIGHBOUR_CELL, TODAY);
        service.change(new ChangeProspect(99, null, null, 50L, false, null, null, null));
        verify(store).update(any(), any(), eq(50L), eq(ProspectStatus.IN_POOL), any(), any(), any(), any(), any(),
                anyString());
    }

    @Test
    void removingTheMentorChecksNobody() {
        current(entry(ProspectStatus.IN_POOL, null, null));

        service.change(new ChangeProspect(99, null, null, null, true, null, "Đã chuyển người giúp đỡ.", null));

        verify(members, never()).onDate(anyLong(), any());
        verify(store).addNote(eq(99L), eq(TODAY), eq("Đã chuyển người giúp đỡ."), any(), eq("hoabinh"));
        verify(store).update(any(), any(), isNull(), any(), any(), any(), any(), any(), any(), anyString());
    }

    @Test
    void aChangeOfAnEntryThatChangedSinceItWasReadIsAConflict() {
        current(entry(ProspectStatus.IN_POOL, null, null));

        assertThatThrownBy(() -> service.change(new ChangeProspect(99, ProspectChannel.CELL, null, null, false, null,
                null, 2))).isInstanceOf(ConflictException.class);
    }

    // --- moved on by other modules ---

    @Test
    void anApplicationMovesTheEntryOnFromItsLastMilestone() {
        LocalDate attended = LocalDate.of(2025, 9, 15);
        when(store.activeOf(7)).thenReturn(Optional.of(entry(ProspectStatus.ATTENDED_CLASS, attended, null)));

        service.applied(7, attended.minusDays(1));
        verify(store, never()).update(any(), any(), any(), any(), any(), any(), any(), any(), any(), anyString());

        service.applied(7, attended);
        verify(store).update(any(), any(), any(), eq(ProspectStatus.APPLIED), eq(attended), eq(attended), isNull(),
                isNull(), any(), anyString());
    }

    @Test
    void aClassCompletedBeforeTheListingDoesNotMoveTheEntry() {
        when(store.activeOf(7)).thenReturn(Optional.of(entry(ProspectStatus.IN_POOL, null, null)));

        service.classCompleted(7, SINCE.minusDays(1));
        verify(store, never()).update(any(), any(), any(), any(), any(), any(), any(), any(), any(), anyString());

        service.classCompleted(7, SINCE);
        verify(store).update(any(), any(), any(), eq(ProspectStatus.ATTENDED_CLASS), eq(SINCE), isNull(), isNull(),
                isNull(), any(), eq("system"));
    }
}
