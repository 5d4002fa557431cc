package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.OrganizationsRestructured;
import vn.ptdv.organization.RestructuringParticipant;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.organization.internal.Restructuring.Allocation;
import vn.ptdv.organization.internal.Restructuring.Dissolve;
import vn.ptdv.organization.internal.Restructuring.ExistingTarget;
import vn.ptdv.organization.internal.Restructuring.Merge;
import vn.ptdv.organization.internal.Restructuring.NewTarget;
import vn.ptdv.organization.internal.Restructuring.Rename;
import vn.ptdv.organization.internal.Restructuring.Split;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of dated restructurings (rename, merge, split, dissolve), without Spring or a database. */
class RestructuringServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    final OrganizationRow province = OrganizationServiceTest.row(1, "BM", "Đảng bộ tỉnh Bình Minh",
            OrganizationType.PROVINCIAL);
    final OrganizationRow communeA = OrganizationServiceTest.row(2, "HB", "Đảng bộ phường Hòa Bình",
            OrganizationType.GRASSROOTS_COMMITTEE);
    final OrganizationRow communeB = OrganizationServiceTest.row(3, "AP", "Đảng bộ xã An Phú",
            OrganizationType.GRASSROOTS_COMMITTEE);
    final OrganizationRow cellA1 = OrganizationServiceTest.row(10, "HB-1", "Chi bộ Khu phố 1", OrganizationType.CELL);
    final OrganizationRow cellA2 = OrganizationServiceTest.row(11, "HB-2", "Chi bộ Khu phố 2", OrganizationType.CELL);

    final TreeReader reader = mock(TreeReader.class);
    final OrganizationStore store = mock(OrganizationStore.class);
    final AccessScope scope = ScopeMocks.scope(null);
    final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    final RestructuringParticipant members = mock(RestructuringParticipant.class);
    final RestructuringLog log = mock(RestructuringLog.class);
    final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final RestructuringService service = new RestructuringService(reader, store,
            new TreeRules(reader, store, scope, mock(AuditLog.class), clock), scope, events, List.of(members), log,
            clock);

    static List<String> refusals(Runnable action) {
        return OrganizationServiceTest.refusals(action);
    }

    @BeforeEach
    void aProvinceWithTwoCommunesInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "bantochuc", "Nguyễn Thị Lan", Role.ORG_DEPARTMENT, 1L));
        for (OrganizationRow organization : List.of(province, communeA, communeB, cellA1, cellA2)) {
            when(reader.byCode(organization.code())).thenReturn(Optional.of(organization));
            when(reader.byId(organization.id())).thenReturn(Optional.of(organization));
            when(reader.existence(organization.id())).thenReturn(List.of(DatePeriod.startingOn(FOUNDED)));
        }
        for (OrganizationRow commune : List.of(communeA, communeB)) {
            when(reader.parent(eq(commune.id()), any())).thenReturn(Optional.of(OrganizationServiceTest.node(province)));
        }
        when(reader.childrenOn(eq(communeA.id()), any())).thenReturn(List.of(cellA1, cellA2));
        when(store.insert(anyString(), anyString(), any(), any(), any(), any(), anyString())).thenReturn(99L);
        when(reader.byId(99)).thenReturn(Optional.of(OrganizationServiceTest.row(99, "HBAP", "Đảng bộ phường Hợp Nhất",
                OrganizationType.GRASSROOTS_COMMITTEE)));
        when(reader.currentNameSince(anyLong())).thenReturn(FOUNDED);
        when(log.record(any(), any(), any(), any(), any())).thenReturn(500L);
    }

    static Merge mergeIntoNew(LocalDate date) {
        return new Merge(List.of("HB", "AP"),
                new NewTarget("HBAP", "Đảng bộ phường Hợp Nhất", OrganizationType.GRASSROOTS_COMMITTEE, "BM", null),
                date, "Nghị quyết số 9-NQ/TU");
    }

    @Test
    void aMergeDatedTomorrowIsRefusedAndNothingIsStored() {
        assertThat(refusals(() -> service.apply(mergeIntoNew(TODAY.plusDays(1)))))
                .containsExactly("effectiveDate: validation.future", "target.establishedOn: validation.future");
        verify(store, never()).end(anyLong(), any());
        verify(store, never()).insert(anyString(), anyString(), any(), any(), any(), any(), anyString());
    }

    @Test
    void aMergeIntoANewCommuneEndsTheSourcesAndHandsTheirCellsAndHistoryToIt() {
        long id = service.apply(mergeIntoNew(MERGER));

        assertThat(id).isEqualTo(500);
        verify(store).establish(99, 1L, MERGER, "Đảng bộ phường Hợp Nhất");
        verify(store).move(cellA1.id(), 99, MERGER);
        verify(store).move(cellA2.id(), 99, MERGER);
        verify(store).end(communeA.id(), MERGER);
        verify(store).end(communeB.id(), MERGER);
        verify(store).passHistoryTo(communeA.id(), 99);
        verify(store).passHistoryTo(communeB.id(), 99);
        ArgumentCaptor<OrganizationsRestructured> event = ArgumentCaptor.forClass(OrganizationsRestructured.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().endedOrganizationIds()).containsExactly(communeA.id(), communeB.id());
        assertThat(event.getValue().takenOverBy()).isEqualTo(Map.of(communeA.id(), 99L, communeB.id(), 99L));
    }

    @Test
    void aMergeIsRefusedTheDayBeforeASourceExistedAndAcceptedOnItsFirstDay() {
        when(reader.existence(communeB.id())).thenReturn(List.of(DatePeriod.startingOn(MERGER.minusYears(1))));
        assertThat(refusals(() -> service.plan(new Merge(List.of("HB", "AP"), new ExistingTarget("BM"),
                MERGER.minusYears(1).minusDays(1), null))))
                .contains("sourceCodes[1]: org.move.notExisting");

        RestructuringService.Plan plan = service.plan(mergeIntoNew(MERGER.minusYears(1)));
        assertThat(plan.sources()).containsExactly(communeA, communeB);
    }

    @Test
    void aSourceThatHadEndedIsRefusedOnTheDayItEndedButNotTheDayBefore() {
        when(reader.existence(communeB.id())).thenReturn(List.of(new DatePeriod(FOUNDED, MERGER)));
        assertThat(refusals(() -> service.plan(mergeIntoNew(MERGER)))).contains("sourceCodes[1]: org.move.notExisting");

        assertThat(service.plan(mergeIntoNew(MERGER.minusDays(1))).sources()).containsExactly(communeA, communeB);
    }

    @Test
    void aSourceWithAChangeRecordedAfterTheDateIsRefused() {
        when(reader.changedAfter(communeB.id(), MERGER)).thenReturn(true);
        assertThat(refusals(() -> service.apply(mergeIntoNew(MERGER))))
                .containsExactly("sourceCodes[1]: restructuring.changedAfter");
    }

    @Test
    void aSourceNamedTwiceIsRefused() {
        assertThat(refusals(() -> service.plan(new Merge(List.of("HB", "HB"), new ExistingTarget("AP"), MERGER,
                null)))).containsExactly("sourceCodes[1]: restructuring.duplicate");
    }

    @Test
    void aCommuneIsNotMergedIntoItsOwnCell() {
        when(reader.isAncestorDuring(eq(communeA.id()), eq(cellA1.id()), any())).thenReturn(true);
        assertThat(refusals(() -> service.plan(new Merge(List.of("HB"), new ExistingTarget("HB-1"), MERGER, null))))
                .containsExactly("targetCode: restructuring.related",
                        "sourceCodes: restructuring.childDoesNotFit");
    }

    @Test
    void whatTheMembersModuleCannotFollowRefusesTheMerge() {
        doAnswer(call -> {
            call.<Problems>getArgument(4).refuse("sourceCodes", "restructuring.members.after", "x");
            return null;
        }).when(members).check(eq(MERGER), any(), eq(true), any(), any());

        assertThat(refusals(() -> service.apply(mergeIntoNew(MERGER))))
                .containsExactly("sourceCodes: restructuring.members.after");
        verify(store, never()).end(anyLong(), any());
    }

    @Test
    void aSplitSendsEachChildWhereTheAllocationSaysAndTheOthersToTheFirstTarget() {
        Split split = new Split("HB", List.of(new ExistingTarget("AP"),
                new NewTarget("HB-MOI", "Đảng bộ phường Mới", OrganizationType.GRASSROOTS_COMMITTEE, null, null)),
                List.of(new Allocation("HB-2", null, "HB-MOI"), new Allocation(null, 77L, "HB-MOI")), MERGER, null);

        service.apply(split);

        verify(store).establish(99, 1L, MERGER, "Đảng bộ phường Mới");
        verify(store).move(cellA1.id(), communeB.id(), MERGER);
        verify(store).move(cellA2.id(), 99, MERGER);
        verify(store).end(communeA.id(), MERGER);
        verify(store).passHistoryTo(communeA.id(), communeB.id());
        ArgumentCaptor<OrganizationsRestructured> event = ArgumentCaptor.forClass(OrganizationsRestructured.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().memberAllocation()).isEqualTo(Map.of(77L, 99L));
    }

    @Test
    void aSplitAllocatingToAnUnknownTargetOrANonChildIsRefused() {
        Split split = new Split("HB", List.of(new ExistingTarget("AP"), new ExistingTarget("BM")),
                List.of(new Allocation("HB-1", null, "XX"), new Allocation("AP", null, "BM")), MERGER, null);
        assertThat(refusals(() -> service.plan(split))).containsExactly(
                "allocation[0].targetCode: restructuring.split.unknownTarget",
                "allocation[1].organizationCode: restructuring.split.notAChild");
    }

    @Test
    void aCommuneWithCellsIsNotDissolvedButAnEmptyCellIs() {
        assertThat(refusals(() -> service.apply(new Dissolve("HB", MERGER, null))))
                .containsExactly("organizationCode: restructuring.dissolve.hasChildren");

        when(reader.parent(eq(cellA1.id()), any())).thenReturn(Optional.of(OrganizationServiceTest.node(communeA)));
        service.apply(new Dissolve("HB-1", MERGER, null));
        verify(store).end(cellA1.id(), MERGER);
        verify(store).passHistoryTo(cellA1.id(), communeA.id());
        verify(members).check(eq(MERGER), eq(List.of(cellA1.ref())), eq(false), any(), any());
    }

    @Test
    void theRootOfTheTreeIsNotDissolved() {
        assertThat(refusals(() -> service.plan(new Dissolve("BM", MERGER, null))))
                .containsExactly("organizationCode: restructuring.dissolve.root");
    }

    @Test
    void aRenameIsRefusedBeforeTheLastRenameAndAcceptedOnItsDay() {
        when(reader.currentNameSince(communeA.id())).thenReturn(MERGER);
        assertThat(refusals(() -> service.apply(new Rename("HB", "Đảng bộ phường Hòa Bình Mới", MERGER.minusDays(1),
                null)))).containsExactly("effectiveDate: restructuring.rename.beforeLast");

        service.apply(new Rename("HB", "Đảng bộ phường Hòa Bình Mới", MERGER, null));
        verify(store).rename(communeA.id(), "Đảng bộ phường Hòa Bình Mới", MERGER);
        verify(log).record(eq(RestructuringType.RENAME), eq(MERGER), eq(null),
                eq("name=Đảng bộ phường Hòa Bình -> Đảng bộ phường Hòa Bình Mới"), any());
    }

    @Test
    void aRenameToTheSameNameIsRefused() {
        assertThat(refusals(() -> service.plan(new Rename("HB", communeA.name(), MERGER, null))))
                .containsExactly("newName: restructuring.rename.same");
    }

    @Test
    void anUnknownOrganizationIsRefusedAsOutOfScope() {
        when(scope.canSee(communeB.id())).thenReturn(false);
        assertThat(refusals(() -> service.plan(new Dissolve("AP", MERGER, null))))
                .containsExactly("organizationCode: reference.notInScope");
    }

    @Test
    void refusalsStopEverythingBeforeTheTreeIsLocked() {
        try {
            service.apply(new Dissolve("HB", MERGER, null));
        } catch (InvalidInputException expected) {
            verify(store, never()).lockTree();
            return;
        }
        throw new AssertionError("the dissolution was not refused");
    }
}
