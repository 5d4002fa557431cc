package vn.ptdv.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.ptdv.planning.internal.PlanningTests.CELL;
import static vn.ptdv.planning.internal.PlanningTests.WARD;
import static vn.ptdv.planning.internal.PlanningTests.user;
import static vn.ptdv.support.Refusals.refused;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of assigning cadres to cells, without Spring or a database. */
class AssignmentServiceTest {
    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);

    private final AssignmentStore store = mock(AssignmentStore.class);
    private final Members members = mock(Members.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final AssignmentService service = new AssignmentService(store, members, organizations, scope,
            mock(DirectiveService.class),
            mock(AuditLog.class), PlanningTests.CLOCK);

    @BeforeEach
    void aCellInScopeAndAMemberOfficialSinceLongAgo() {
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(user(Role.COMMITTEE));
        when(organizations.findByCode(CELL.code())).thenReturn(Optional.of(CELL));
        when(organizations.findByCode(WARD.code())).thenReturn(Optional.of(WARD));
        officialOn(LocalDate.of(2011, 1, 1));
        when(store.insert(any(), anyLong(), any(), anyString())).thenReturn(9L);
        when(store.find(9)).thenReturn(Optional.of(new AssignmentRow(9, 7, null, CELL.id(), CELL.code(), CELL.name(),
                AssignmentRole.SUPERVISE, FROM, null)));
    }

    private void officialOn(LocalDate officialOn) {
        when(members.onDate(7, FROM)).thenReturn(Optional.of(new Members.MemberRef(7, 70, "Trần Văn Bình",
                LocalDate.of(2010, 1, 1), officialOn, null, WARD.id())));
    }

    private static AssignCadre supervision(String cellCode, LocalDate to) {
        return new AssignCadre(7, cellCode, AssignmentRole.SUPERVISE, FROM, to, null);
    }

    @Test
    void anAssignmentEndingTheDayBeforeItStartsIsRefusedOneEndingTheSameDayIsMade() {
        assertThat(refused(() -> service.assign(supervision(CELL.code(), FROM.minusDays(1)))))
                .containsExactly("to: assignment.to.beforeFrom");
        verify(store, never()).insert(any(), anyLong(), any(), anyString());

        assertThat(service.assign(supervision(CELL.code(), FROM))).isEqualTo(9);
    }

    @Test
    void aMemberOfficialOnlyTheDayAfterTheAssignmentStartsIsRefused() {
        officialOn(FROM.plusDays(1));
        assertThat(refused(() -> service.assign(supervision(CELL.code(), null))))
                .containsExactly("memberId: assignment.member.notOfficial");
    }

    @Test
    void aMemberOfficialTheDayTheAssignmentStartsIsAssignedUnderTheirName() {
        officialOn(FROM);
        assertThat(service.assignChecked(supervision(CELL.code(), null)).memberName()).isEqualTo("Trần Văn Bình");
    }

    @Test
    void anAssignmentOverlappingTheSameMembersRoleInTheCellIsRefused() {
        when(store.overlaps(7, CELL.id(), AssignmentRole.SUPERVISE, FROM, null)).thenReturn(true);
        assertThat(refused(() -> service.assign(supervision(CELL.code(), null))))
                .containsExactly("from: assignment.overlap");
    }

    @Test
    void onlyACellIsSupervised() {
        assertThat(refused(() -> service.assign(supervision(WARD.code(), null))))
                .containsExactly("cellCode: assignment.notCell");
    }

    @Test
    void aCellSecretaryAssignsNobody() {
        when(scope.user()).thenReturn(user(Role.CELL_SECRETARY));
        assertThatThrownBy(() -> service.assign(supervision(CELL.code(), null)))
                .isInstanceOf(ForbiddenException.class);
    }
}
