package vn.ptdv.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.ptdv.planning.internal.PlanningTests.PROVINCE;
import static vn.ptdv.planning.internal.PlanningTests.TODAY;
import static vn.ptdv.planning.internal.PlanningTests.user;
import static vn.ptdv.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.NewDirective;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.shared.FieldMessagesTest;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/** The rules of recording directives, without Spring or a database. */
class DirectiveServiceTest {
    private final DirectiveStore store = mock(DirectiveStore.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final DirectiveService service = new DirectiveService(store, organizations, scope,
            FieldMessagesTest.messages(), mock(AuditLog.class), PlanningTests.CLOCK);

    @BeforeEach
    void theProvinceInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(user(Role.ORG_DEPARTMENT));
        when(organizations.findByCode("BM")).thenReturn(Optional.of(PROVINCE));
        when(store.insert(any(), any(), any(), anyLong(), anyString(), any(), any(), anyString())).thenReturn(5L);
        when(store.find(5)).thenReturn(Optional.of(new DirectiveRow(5, 12, "KH", "TU", "12-KH/TU", DirectiveType.PLAN,
                TODAY, 1, "BM", PROVINCE.name(), "Kế hoạch", List.of())));
    }

    private static NewDirective plan(String numberSymbol, LocalDate issuedOn) {
        return new NewDirective(NumberSymbol.of(numberSymbol), DirectiveType.PLAN, issuedOn, "BM",
                "Kế hoạch phát triển đảng viên");
    }

    @Test
    void aNumberTheIssuerTookInTheYearIsRefusedButNotInTheNextYear() {
        when(store.taken(1, 2025, "12-KH/TU")).thenReturn(true);

        assertThat(refused(() -> service.create(plan("12-KH/TU", LocalDate.of(2025, 12, 31)))))
                .containsExactly("numberSymbol: directive.duplicate");
        verify(store, never()).insert(any(), any(), any(), anyLong(), anyString(), any(), any(), anyString());

        assertThat(service.create(plan("12-KH/TU", LocalDate.of(2026, 1, 1)))).isEqualTo(5);
    }

    @Test
    void aDirectiveIssuedTomorrowIsRefusedOneIssuedTodayIsRecorded() {
        assertThat(refused(() -> service.create(plan("12-KH/TU", TODAY.plusDays(1)))))
                .containsExactly("issuedOn: validation.future");
        service.create(plan("12-KH/TU", TODAY));
        verify(store).insert(any(), eq(DirectiveType.PLAN), eq(TODAY), eq(1L), anyString(), eq(List.of()), any(),
                eq("bantochuc"));
    }

    @Test
    void aSymbolOfAnotherLevelAndAnotherKindIsRecordedWithTwoWarnings() {
        service.create(plan("21-NQ/HU", TODAY));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DirectiveRow.Warning>> warnings = ArgumentCaptor.forClass(List.class);
        verify(store).insert(any(), any(), any(), anyLong(), anyString(), warnings.capture(), any(), anyString());
        assertThat(warnings.getValue()).extracting(DirectiveRow.Warning::code)
                .containsExactly("ISSUER_LEVEL", "TYPE_CODE");
        assertThat(warnings.getValue().get(0).message()).contains("thường ký /TU");
    }

    @Test
    void anIssuerOutsideTheScopeIsRefused() {
        when(scope.canSee(1)).thenReturn(false);
        assertThat(refused(() -> service.create(plan("12-KH/TU", TODAY))))
                .containsExactly("issuerCode: reference.notInScope");
        verify(store, never()).taken(anyLong(), anyInt(), anyString());
    }
}
