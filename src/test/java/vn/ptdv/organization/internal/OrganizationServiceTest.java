package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
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
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.DelegateAdmission;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of adding, editing and moving organizations, without Spring or a database. */
class OrganizationServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final LocalDate COMMUNE_FOUNDED = LocalDate.of(2000, 1, 1);

    final OrganizationRow commune = row(2, "HB", "Đảng bộ phường Hòa Bình", OrganizationType.GRASSROOTS_COMMITTEE);
    final OrganizationRow otherCommune = row(3, "AP", "Đảng bộ xã An Phú", OrganizationType.GRASSROOTS_COMMITTEE);
    final OrganizationRow cell = row(10, "HB-KP1", "Chi bộ Khu phố 1", OrganizationType.CELL);

    final TreeReader reader = mock(TreeReader.class);
    final OrganizationStore store = mock(OrganizationStore.class);
    final AccessScope scope = ScopeMocks.scope(null);
    final AuditLog audit = mock(AuditLog.class);
    final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    final OrganizationService service = new OrganizationService(reader, store,
            new TreeRules(reader, store, scope, audit, clock), mock(RestructuringService.class),
            mock(RestructuringLog.class), scope, audit, clock);

    static OrganizationRow row(long id, String code, String name, OrganizationType type) {
        return new OrganizationRow(id, code, name, type, null, null, null, 0, null, null, false);
    }

    static TreeNode node(OrganizationRow row) {
        return new TreeNode(row.id(), row.code(), row.name(), row.type(), row.cellKind(), null, 0, 0);
    }

    static List<String> refusals(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the input was not refused");
    }

    @BeforeEach
    void aCommuneWithACellInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "bantochuc", "Nguyễn Thị Lan", Role.ORG_DEPARTMENT, 1L));
        for (OrganizationRow organization : List.of(commune, otherCommune, cell)) {
            when(reader.byCode(organization.code())).thenReturn(Optional.of(organization));
            when(reader.byId(organization.id())).thenReturn(Optional.of(organization));
            when(reader.existence(organization.id())).thenReturn(List.of(DatePeriod.startingOn(COMMUNE_FOUNDED)));
            when(reader.placementsOf(organization.id()))
                    .thenReturn(List.of(new Placement(organization.id(), 1L, DatePeriod.startingOn(COMMUNE_FOUNDED))));
        }
        when(reader.parent(cell.id(), TODAY)).thenReturn(Optional.of(node(commune)));
        when(store.insert(anyString(), anyString(), any(), any(), any(), any(), anyString())).thenReturn(99L);
        when(reader.byId(99)).thenReturn(Optional.of(row(99, "HB-KP2", "Chi bộ Khu phố 2", OrganizationType.CELL)));
        when(store.updateDetails(anyLong(), anyInt(), anyString(), any(), any(), anyBoolean(), any(), anyString()))
                .thenReturn(true);
    }

    NewOrganization cellUnderCommune(String code, LocalDate establishedOn) {
        return new NewOrganization(code, "Chi bộ Khu phố 2", OrganizationType.CELL, CellKind.RESIDENTIAL, "HB",
                establishedOn);
    }

    ChangeOrganization moveOfTheCell(String parentCode, LocalDate effectiveDate) {
        return new ChangeOrganization(cell.code(), null, null, null, null, parentCode, effectiveDate, null);
    }

    @Test
    void aCodeThatIsTakenIsRefusedAndNothingIsStored() {
        assertThat(refusals(() -> service.create(cellUnderCommune("HB-KP1", null))))
                .containsExactly("code: org.code.taken");
        verify(store, never()).insert(anyString(), anyString(), any(), any(), any(), any(), anyString());
    }

    @Test
    void aNewCellIsPlacedUnderItsParentFromItsFoundingDay() {
        service.create(cellUnderCommune("HB-KP2", LocalDate.of(2024, 3, 15)));

        verify(store).establish(99, 2L, LocalDate.of(2024, 3, 15), "Chi bộ Khu phố 2");
    }

    @Test
    void aCellOfUnknownFoundingDayIsPlacedFromItsParentsFirstDay() {
        service.create(cellUnderCommune("HB-KP2", null));

        verify(store).establish(99, 2L, COMMUNE_FOUNDED, "Chi bộ Khu phố 2");
    }

    @Test
    void aCellFoundedTheDayBeforeItsParentExistedIsRefused() {
        assertThat(refusals(() -> service.create(cellUnderCommune("HB-KP2", COMMUNE_FOUNDED.minusDays(1)))))
                .containsExactly("establishedOn: org.parent.notExisting");
        service.create(cellUnderCommune("HB-KP2", COMMUNE_FOUNDED));
        verify(store).establish(99, 2L, COMMUNE_FOUNDED, "Chi bộ Khu phố 2");
    }

    @Test
    void aFoundingDayTomorrowIsRefusedAndTodayIsAccepted() {
        assertThat(refusals(() -> service.create(cellUnderCommune("HB-KP2", TODAY.plusDays(1)))))
                .containsExactly("establishedOn: validation.future");
        service.create(cellUnderCommune("HB-KP2", TODAY));
        verify(store).establish(99, 2L, TODAY, "Chi bộ Khu phố 2");
    }

    @Test
    void aParentOutsideTheScopeIsUnknownAndEveryProblemIsToldAtOnce() {
        when(scope.canSee(2)).thenReturn(false);
        assertThat(refusals(() -> service.create(new NewOrganization("HB-KP1", "Chi bộ", OrganizationType.CELL,
                null, "HB", null))))
                .containsExactly("parentCode: reference.notInScope", "code: org.code.taken");
    }

    @Test
    void onlyAnAdministratorAddsARoot() {
        assertThat(refusals(() -> service.create(new NewOrganization("BM", "Đảng bộ tỉnh Bình Minh",
                OrganizationType.PROVINCIAL, null, null, null))))
                .containsExactly("parentCode: org.parent.rootAdminOnly");
        assertThat(refusals(() -> service.create(new NewOrganization("BM", "Đảng bộ phường",
                OrganizationType.GRASSROOTS_COMMITTEE, null, null, null))))
                .containsExactly("parentCode: org.parent.required");
    }

    @Test
    void aCellKindIsOnlyForCells() {
        assertThat(refusals(() -> service.create(new NewOrganization("HB-PB", "Đảng bộ bộ phận",
                OrganizationType.PARTIAL_COMMITTEE, CellKind.SCHOOL, "HB", null))))
                .containsExactly("cellKind: org.cellKind.notCell");
    }

    @Test
    void aMoveUnderItsOwnDescendantIsRefusedAndNothingMoves() {
        when(reader.parent(commune.id(), TODAY)).thenReturn(Optional.of(node(row(1, "BM", "Tỉnh",
                OrganizationType.PROVINCIAL))));
        when(reader.childrenOn(commune.id(), TODAY)).thenReturn(List.of(cell));
        when(reader.isAncestorDuring(commune.id(), cell.id(), DatePeriod.startingOn(TODAY))).thenReturn(true);

        assertThat(refusals(() -> service.change(new ChangeOrganization("HB", null, null, null, null, "HB-KP1", null,
                null)))).containsExactly("parentCode: org.parent.typeNotAllowed", "parentCode: org.move.intoOwnSubtree");
        verify(store, never()).move(anyLong(), anyLong(), any());
    }

    @Test
    void aMoveUnderItselfIsRefused() {
        assertThat(refusals(() -> service.change(moveOfTheCell("HB-KP1", null))))
                .containsExactly("parentCode: org.move.self");
    }

    @Test
    void aMoveTakesEffectTodayWhenNoDateIsGiven() {
        service.change(moveOfTheCell("AP", null));

        verify(store).move(cell.id(), otherCommune.id(), TODAY);
    }

    @Test
    void aMoveDatedTomorrowIsRefusedAndOneDatedTodayIsStored() {
        assertThat(refusals(() -> service.change(moveOfTheCell("AP", TODAY.plusDays(1)))))
                .containsExactly("effectiveDate: validation.future");
        service.change(moveOfTheCell("AP", TODAY));
        verify(store).move(cell.id(), otherCommune.id(), TODAY);
    }

    @Test
    void aMoveDatedBeforeTheCellExistedIsRefusedAndOneOnItsFirstDayIsStored() {
        assertThat(refusals(() -> service.change(moveOfTheCell("AP", COMMUNE_FOUNDED.minusDays(1)))))
                .containsExactly("effectiveDate: org.move.notExisting");
        service.change(moveOfTheCell("AP", COMMUNE_FOUNDED));
        verify(store).move(cell.id(), otherCommune.id(), COMMUNE_FOUNDED);
    }

    @Test
    void aMoveToAParentThatDidNotExistYetOnTheDateIsRefused() {
        when(reader.existence(otherCommune.id())).thenReturn(List.of(DatePeriod.startingOn(LocalDate.of(2025, 7, 1))));

        assertThat(refusals(() -> service.change(moveOfTheCell("AP", LocalDate.of(2025, 6, 30)))))
                .containsExactly("parentCode: org.parent.notExisting");
        service.change(moveOfTheCell("AP", LocalDate.of(2025, 7, 1)));
        verify(store).move(cell.id(), otherCommune.id(), LocalDate.of(2025, 7, 1));
    }

    @Test
    void aDateWithoutANewParentIsRefused() {
        assertThat(refusals(() -> service.change(moveOfTheCell(null, TODAY))))
                .containsExactly("effectiveDate: org.move.dateWithoutParent");
    }

    @Test
    void aStaleVersionIsAConflict() {
        assertThatThrownBy(() -> service.change(new ChangeOrganization(cell.code(), "Tên mới", null, null, null, null,
                null, 3))).isInstanceOf(ConflictException.class);
        verify(store, never()).updateDetails(anyLong(), anyInt(), anyString(), any(), any(), anyBoolean(), any(),
                anyString());
    }

    @Test
    void onlyAGrassrootsOrganizationIsDelegatedItsAdmissions() {
        assertThat(refusals(() -> service.delegateAdmission(new DelegateAdmission(cell.code(), true))))
                .containsExactly("delegatedAdmission: org.delegated.notGrassroots");

        service.delegateAdmission(new DelegateAdmission(commune.code(), true));
        verify(store).updateDetails(eq(commune.id()), eq(0), eq(commune.name()), eq(commune.type()), eq(null),
                eq(true), any(), eq("bantochuc"));
    }

    @Test
    void aRenameCorrectsTheCurrentNameWithoutMovingAnything() {
        service.change(new ChangeOrganization(cell.code(), "Chi bộ Khu phố Một", null, null, null, null, null, 0));

        verify(store).correctCurrentName(cell.id(), "Chi bộ Khu phố Một");
        verify(store, never()).move(anyLong(), anyLong(), any());
    }
}
