package vn.ptdv.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.ptdv.planning.internal.PlanningTests.user;
import static vn.ptdv.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.planning.NewTerm;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Role;

/** The rules of terms of office, without Spring or a database. */
class TermServiceTest {
    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final Term EARLIER = new Term("2020-2025", "Nhiệm kỳ 2020-2025", LocalDate.of(2020, 10, 1),
            LocalDate.of(2025, 9, 30));
    private static final Term LATEST = new Term("2025-2030", "Nhiệm kỳ 2025-2030", START, LocalDate.of(2030, 9, 30));

    private final TermStore store = mock(TermStore.class);
    private final AccessScope scope = mock(AccessScope.class);
    private final TermService service = new TermService(store, scope, mock(AuditLog.class), PlanningTests.CLOCK);

    @BeforeEach
    void aDepartmentAndNoTermYet() {
        when(scope.user()).thenReturn(user(Role.ORG_DEPARTMENT));
        when(store.find(anyString())).thenReturn(Optional.empty());
    }

    private static NewTerm term(LocalDate end) {
        return new NewTerm("2025-2030", "Nhiệm kỳ 2025-2030", START, end);
    }

    @Test
    void aTermThatEndsTheDayItStartsIsRefusedAndNothingIsStored() {
        assertThat(refused(() -> service.create(term(START)))).containsExactly("endDate: term.end.notAfterStart");
        assertThat(refused(() -> service.create(term(START.minusDays(1)))))
                .containsExactly("endDate: term.end.notAfterStart");
        verify(store, never()).insert(any(), any(), anyString());
    }

    @Test
    void aTermThatEndsTheDayAfterItStartsIsAdded() {
        Term term = service.create(term(START.plusDays(1)));
        assertThat(term.endDate()).isEqualTo(START.plusDays(1));
        verify(store).insert(term, PlanningTests.TODAY.atStartOfDay().atOffset(java.time.ZoneOffset.UTC), "bantochuc");
    }

    @Test
    void aTermLastsSixYearsAtMost() {
        service.create(term(START.plusYears(6)));
        assertThat(refused(() -> service.create(term(START.plusYears(6).plusDays(1)))))
                .containsExactly("endDate: term.end.tooLong");
    }

    @Test
    void aCodeAlreadyTakenIsRefused() {
        when(store.find("2025-2030")).thenReturn(Optional.of(LATEST));
        assertThat(refused(() -> service.create(term(LocalDate.of(2030, 9, 30)))))
                .containsExactly("code: term.code.taken");
    }

    @Test
    void onlyAnAdministratorOrTheDepartmentAddsATerm() {
        when(scope.user()).thenReturn(user(Role.COMMITTEE));
        assertThatThrownBy(() -> service.create(term(LocalDate.of(2030, 9, 30))))
                .isInstanceOf(ForbiddenException.class);
        when(scope.user()).thenReturn(user(Role.ADMIN));
        service.create(term(LocalDate.of(2030, 9, 30)));
        verify(store).insert(any(), any(), anyString());
    }

    @Test
    void theTermAskedWithoutACodeIsTheOneTheDayFallsInElseTheLatest() {
        when(store.all()).thenReturn(List.of(LATEST, EARLIER));
        assertThat(service.resolve(null, START.minusDays(1))).isEqualTo(EARLIER);
        assertThat(service.resolve(" ", START)).isEqualTo(LATEST);
        assertThat(service.resolve(null, LocalDate.of(2030, 10, 1))).isEqualTo(LATEST);
        assertThat(service.resolve(null, LocalDate.of(2020, 9, 30))).isEqualTo(LATEST);
    }

    @Test
    void aTermAskedByAnUnknownCodeOrWhenThereIsNoneIsNotFound() {
        assertThatThrownBy(() -> service.resolve("1990-1995", START)).isInstanceOf(NotFoundException.class);
        when(store.all()).thenReturn(List.of());
        assertThatThrownBy(() -> service.resolve(null, START)).isInstanceOf(NotFoundException.class)
                .hasMessage("term.none");
    }
}
