package vn.ptdv.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.ptdv.support.Refusals.refused;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of accounts — the roles a manager may grant, the home organization in its scope — without Spring. */
class AccountServiceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 15, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final OrganizationRef PROVINCE = new OrganizationRef(1, "BM", "Đảng bộ tỉnh Bình Minh",
            OrganizationType.PROVINCIAL, null, null);
    private static final OrganizationRef COMMUNE = new OrganizationRef(2, "BM-X-ANPHU", "Đảng bộ xã An Phú",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef CELL = new OrganizationRef(3, "BM-X-ANPHU-TH01", "Chi bộ Thôn 1",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);
    private static final OrganizationRef OUTSIDE = new OrganizationRef(9, "HN", "Đảng bộ thành phố khác",
            OrganizationType.PROVINCIAL, null, null);
    private static final CurrentUser DEPARTMENT = new CurrentUser(1, "bantochuc", "Nguyễn Thị Lan",
            Role.ORG_DEPARTMENT, PROVINCE.id());

    private final UserStore store = mock(UserStore.class);
    private final PasswordEncoder encoder = mock(PasswordEncoder.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final SessionTerminator sessions = mock(SessionTerminator.class);
    private final AccountService service = new AccountService(store, encoder, organizations, scope,
            mock(AuditLog.class), sessions, Clock.fixed(NOW.toInstant(), ZoneOffset.UTC));

    @BeforeEach
    void theDepartmentOfAProvince() {
        when(scope.user()).thenReturn(DEPARTMENT);
        when(scope.today()).thenReturn(LocalDate.of(2026, 3, 15));
        for (OrganizationRef organization : List.of(PROVINCE, COMMUNE, CELL, OUTSIDE)) {
            when(organizations.findByCode(organization.code())).thenReturn(Optional.of(organization));
            when(scope.canSee(organization.id())).thenReturn(organization != OUTSIDE);
        }
        when(encoder.encode(anyString())).thenReturn("{bcrypt}hash");
        when(store.findByUsername(anyString()))
                .thenAnswer(call -> Optional.of(row(6, call.getArgument(0), Role.VIEWER, CELL)));
        when(store.findByUsername("bithu.thon1")).thenReturn(Optional.of(row(5, "bithu.thon1", Role.CELL_SECRETARY,
                CELL)));
        when(store.findByUsername("bantochuc")).thenReturn(Optional.of(row(1, "bantochuc", Role.ORG_DEPARTMENT,
                PROVINCE)));
    }

    private static UserRow row(long id, String username, Role role, OrganizationRef home) {
        return new UserRow(id, username, "{bcrypt}old", "Người dùng", role, home.id(), home.code(), home.name(), true,
                3, NOW);
    }

    private static NewAccount account(String username, Role role, String organizationCode) {
        return NewAccount.of(username, "mat-khau-dai", "Hoàng Văn Nam", role, organizationCode);
    }

    @Test
    void aDepartmentGrantsTheRolesBelowItsOwnButNotItsOwn() {
        assertThat(refused(() -> service.create(account("bantochuc2", Role.ORG_DEPARTMENT, "BM-X-ANPHU"))))
                .containsExactly("role: user.role.notGrantable");
        assertThat(refused(() -> service.create(account("quantri2", Role.ADMIN, null))))
                .containsExactly("role: user.role.notGrantable");
        service.create(account("capuy.anphu", Role.COMMITTEE, "BM-X-ANPHU"));
        verify(store).insert("capuy.anphu", "{bcrypt}hash", "Hoàng Văn Nam", Role.COMMITTEE, COMMUNE.id(), NOW,
                "bantochuc");
    }

    @Test
    void anAdministratorGrantsAnyRoleAndAnAdministratorHasNoHomeOrganization() {
        when(scope.user()).thenReturn(new CurrentUser(99, "admin", "Quản trị", Role.ADMIN, null));
        assertThat(refused(() -> service.create(account("quantri2", Role.ADMIN, "BM"))))
                .containsExactly("organizationCode: user.organization.notForAdmin");
        service.create(account("quantri2", Role.ADMIN, null));
        verify(store).insert(eq("quantri2"), anyString(), anyString(), eq(Role.ADMIN), eq(null), any(), eq("admin"));
    }

    @Test
    void theHomeOrganizationMustLieInTheManagersScope() {
        assertThat(refused(() -> service.create(account("xem.hn", Role.VIEWER, "HN"))))
                .containsExactly("organizationCode: reference.notInScope");
        assertThat(refused(() -> service.create(account("xem.khongco", Role.VIEWER, "KHONG-CO"))))
                .containsExactly("organizationCode: reference.notInScope");
    }

    @Test
    void aCellSecretaryIsHomedInACell() {
        assertThat(refused(() -> service.create(account("bithu.anphu", Role.CELL_SECRETARY, "BM-X-ANPHU"))))
                .containsExactly("organizationCode: user.organization.secretaryNeedsCell");
        service.create(account("bithu.anphu", Role.CELL_SECRETARY, "BM-X-ANPHU-TH01"));
        verify(store).insert(eq("bithu.anphu"), anyString(), anyString(), eq(Role.CELL_SECRETARY), eq(CELL.id()),
                any(), anyString());
    }

    @Test
    void aTakenUsernameOrAPasswordThatIsTheUsernameIsRefusedAndNothingIsStored() {
        when(store.exists("bithu.thon1")).thenReturn(true);
        assertThat(refused(() -> service.create(NewAccount.of("bithu.thon1", "BITHU.THON1", "Hoàng Văn Nam",
                Role.CELL_SECRETARY, "BM-X-ANPHU-TH01"))))
                .containsExactly("password: user.password.sameAsUsername", "username: user.username.taken");
        verify(store, never()).insert(anyString(), anyString(), anyString(), any(), any(), any(), anyString());
    }

    @Test
    void aRoleWithoutAccountsToManageCreatesNone() {
        when(scope.user()).thenReturn(new CurrentUser(7, "bithu", "Bí thư", Role.CELL_SECRETARY, CELL.id()));
        assertThatThrownBy(() -> service.create(account("ai.do", Role.VIEWER, "BM-X-ANPHU-TH01")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCommitteeMayNotEditTheAccountOfItsDepartment() {
        when(scope.user()).thenReturn(new CurrentUser(8, "capuy", "Cấp ủy", Role.COMMITTEE, PROVINCE.id()));
        assertThatThrownBy(() -> service.change(new ChangeAccount("bantochuc", "Tên Mới", null, null, null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void nobodyDemotesOrDisablesThemselves() {
        assertThat(refused(() -> service.change(new ChangeAccount("bantochuc", null, Role.VIEWER, null, null, null))))
                .containsExactly("role: user.self.noDemotion");
        assertThat(refused(() -> service.change(new ChangeAccount("bantochuc", null, null, null, false, null))))
                .contains("enabled: user.self.noDemotion");
    }

    @Test
    void aChangeOfAccessEndsTheAccountsSessionsAChangeOfNameDoesNot() {
        when(store.update(anyLong(), anyInt(), anyString(), any(), any(), any(Boolean.class), any(), anyString()))
                .thenReturn(true);
        service.change(new ChangeAccount("bithu.thon1", "Tên Mới", null, null, null, 3));
        verify(sessions, never()).endSessionsOf(anyString());
        service.change(new ChangeAccount("bithu.thon1", null, Role.VIEWER, null, null, 3));
        verify(sessions).endSessionsOf("bithu.thon1");
    }

    @Test
    void takingTheHomeOrganizationAwayIsAllowedOnlyForAnAdministratorAccount() {
        assertThat(refused(() -> service.change(new ChangeAccount("bithu.thon1", null, null, "", null, null))))
                .containsExactly("organizationCode: validation.required");
    }
}
