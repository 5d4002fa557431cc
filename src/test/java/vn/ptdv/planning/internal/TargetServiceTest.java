package vn.ptdv.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.ptdv.planning.internal.PlanningTests.COMMUNE;
import static vn.ptdv.planning.internal.PlanningTests.PROVINCE;
import static vn.ptdv.planning.internal.PlanningTests.TODAY;
import static vn.ptdv.planning.internal.PlanningTests.WARD;
import static vn.ptdv.planning.internal.PlanningTests.user;
import static vn.ptdv.support.Refusals.refused;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Role;
import vn.ptdv.support.ScopeMocks;

/**
 * How the allocation of targets adds up — the children against their parent (CHILDREN), an
 * organization and its siblings against their parent (SIBLINGS), the years against the term
 * (YEARS) — and what may be set by whom, without Spring or a database: the targets live in a map.
 */
class TargetServiceTest {
    private static final Term TERM = new Term("2025-2030", "Nhiệm kỳ 2025-2030", LocalDate.of(2025, 10, 1),
            LocalDate.of(2030, 9, 30));

    private final TargetStore store = mock(TargetStore.class);
    private final Terms terms = mock(Terms.class);
    private final DirectiveService directives = mock(DirectiveService.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final TargetService service = new TargetService(store, terms, directives, organizations, scope,
            mock(AuditLog.class), PlanningTests.CLOCK);
    private final Map<String, TargetRow> stored = new HashMap<>();

    @BeforeEach
    void aProvinceWithTwoCommunesAndATerm() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(user(Role.ORG_DEPARTMENT));
        when(terms.find(TERM.code())).thenReturn(Optional.of(TERM));
        for (OrganizationRef organization : List.of(PROVINCE, WARD, COMMUNE)) {
            when(organizations.findByCode(organization.code())).thenReturn(Optional.of(organization));
        }
        when(organizations.childrenOn(anyLong(), any())).thenReturn(List.of());
        when(organizations.childrenOn(PROVINCE.id(), TODAY)).thenReturn(List.of(WARD, COMMUNE));
        when(organizations.ancestorsOn(WARD.id(), TODAY)).thenReturn(List.of(PROVINCE));
        when(organizations.ancestorsOn(COMMUNE.id(), TODAY)).thenReturn(List.of(PROVINCE));
        when(store.find(anyLong(), anyString(), anyInt()))
                .thenAnswer(call -> Optional.ofNullable(stored.get(key(call.getArgument(0), call.getArgument(2)))));
        doAnswer(this::put).when(store).insert(anyLong(), anyString(), anyInt(), anyInt(), any(), any(), anyString());
        doAnswer(this::put).when(store).update(anyLong(), anyString(), anyInt(), anyInt(), any(), any(), anyString());
    }

    private Object put(InvocationOnMock call) {
        long organization = call.getArgument(0);
        int year = call.getArgument(2);
        stored.put(key(organization, year), new TargetRow(organization, TERM.code(), year, call.getArgument(3), null,
                null, 0));
        return null;
    }

    private static String key(long organizationId, int year) {
        return organizationId + "/" + year;
    }

    private void given(OrganizationRef organization, Integer year, int admissions) {
        int y = TargetRow.yearOf(year);
        stored.put(key(organization.id(), y), new TargetRow(organization.id(), TERM.code(), y, admissions, null, null,
                0));
    }

    private List<String> warnings(OrganizationRef organization, Integer year, int admissions) {
        return service.setChecked(SetTarget.of(organization.code(), TERM.code(), year, admissions, null)).warnings()
                .stream().map(TargetService.Warning::code).toList();
    }

    @Test
    void childrenAboveTheParentAreAWarningEvenBeforeEveryChildHasOne() {
        given(PROVINCE, null, 100);
        assertThat(warnings(WARD, null, 60)).isEmpty();
        assertThat(warnings(WARD, null, 101)).containsExactly("SIBLINGS");
    }

    @Test
    void onceEveryChildHasOneTheirSumMustBeTheParentsExactly() {
        given(PROVINCE, null, 100);
        given(WARD, null, 60);
        assertThat(warnings(COMMUNE, null, 39)).containsExactly("SIBLINGS");
        assertThat(warnings(COMMUNE, null, 40)).isEmpty();
        TargetService.Saved above = service.setChecked(SetTarget.of(COMMUNE.code(), TERM.code(), null, 41, null));
        assertThat(above.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("SIBLINGS");
            assertThat(w.args()).containsExactly(101, 2, 2, PROVINCE.name(), 100);
        });
    }

    @Test
    void aParentBelowItsChildrenIsAWarningAboutTheChildren() {
        given(WARD, null, 60);
        given(COMMUNE, null, 40);
        assertThat(warnings(PROVINCE, null, 99)).containsExactly("CHILDREN");
        assertThat(warnings(PROVINCE, null, 100)).isEmpty();
        assertThat(warnings(PROVINCE, null, 101)).containsExactly("CHILDREN");
    }

    @Test
    void theYearsAboveTheWholeTermAreAWarning() {
        given(WARD, null, 25);
        given(WARD, 2026, 20);
        assertThat(warnings(WARD, 2027, 5)).isEmpty();
        assertThat(warnings(WARD, 2027, 6)).containsExactly("YEARS");
    }

    @Test
    void aWholeTermOtherThanTheSumOfEveryYearIsAWarning() {
        for (int year : TERM.years()) {
            given(COMMUNE, year, 5);
        }
        assertThat(warnings(COMMUNE, null, 29)).containsExactly("YEARS");
        assertThat(warnings(COMMUNE, null, 30)).isEmpty();
        assertThat(warnings(COMMUNE, null, 31)).containsExactly("YEARS");
    }

    @Test
    void onlyTheYearsTheTermTouchesHaveTargets() {
        assertThat(refused(() -> service.set(SetTarget.of(WARD.code(), TERM.code(), 2024, 5, null))))
                .containsExactly("year: target.year.outsideTerm");
        assertThat(refused(() -> service.set(SetTarget.of(WARD.code(), TERM.code(), 2031, 5, null))))
                .containsExactly("year: target.year.outsideTerm");
        service.set(SetTarget.of(WARD.code(), TERM.code(), 2025, 5, null));
        service.set(SetTarget.of(WARD.code(), TERM.code(), 2030, 5, null));
        assertThat(stored).containsKeys(key(WARD.id(), 2025), key(WARD.id(), 2030));
    }

    @Test
    void anUnknownTermOrADirectiveTheOrganizationMayNotCiteIsRefused() {
        when(terms.find("1990-1995")).thenReturn(Optional.empty());
        when(directives.forChange(any(), eq("directiveId"), eq(WARD), eq(77L))).thenAnswer(invocation -> {
            invocation.<vn.ptdv.shared.Problems>getArgument(0).refuse("directiveId", AccessScope.REFERENCE_REFUSED, "77");
            return Optional.empty();
        });
        assertThat(refused(() -> service.set(SetTarget.of(WARD.code(), "1990-1995", null, 5, 77L))))
                .containsExactly("termCode: term.notFound", "directiveId: reference.notInScope");
    }

    @Test
    void aCellSecretarySetsNoTarget() {
        when(scope.user()).thenReturn(user(Role.CELL_SECRETARY));
        assertThatThrownBy(() -> service.set(SetTarget.of(WARD.code(), TERM.code(), null, 5, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aTargetChangedSinceTheUserReadItIsAConflict() {
        stored.put(key(WARD.id(), 0), new TargetRow(WARD.id(), TERM.code(), 0, 10, null, null, 3));
        assertThatThrownBy(() -> service.set(new SetTarget(WARD.code(), TERM.code(), null, 12, null, 2)))
                .isInstanceOf(ConflictException.class);
        service.set(new SetTarget(WARD.code(), TERM.code(), null, 12, null, 3));
        assertThat(stored.get(key(WARD.id(), 0)).admissions()).isEqualTo(12);
    }

    @Test
    void anAllocationTableIsStoredWholeOrNotAtAllEachProblemOnItsRow() {
        List<SetTarget> table = List.of(SetTarget.of(WARD.code(), TERM.code(), 2026, 3, null),
                SetTarget.of("BM-X-KHONGCO", TERM.code(), 2026, 2, null));
        assertThat(refused(() -> service.setAll(table))).containsExactly("rows[1].organizationCode: reference.notInScope");
        verify(store, never()).insert(anyLong(), anyString(), anyInt(), anyInt(), any(), any(), anyString());
    }

    @Test
    void theWarningsOfAnAllocationTableAreSaidOnce() {
        given(PROVINCE, 2026, 10);
        List<TargetService.Warning> warnings = service.setAll(List.of(
                SetTarget.of(WARD.code(), TERM.code(), 2026, 6, null),
                SetTarget.of(COMMUNE.code(), TERM.code(), 2026, 5, null)));
        assertThat(warnings).extracting(TargetService.Warning::code).containsExactly("SIBLINGS");
    }

    @Test
    void anOrganizationWithoutATargetOfItsOwnHasTheSumOfThoseMergedIntoIt() {
        when(store.ofLineage(List.of(10L, 20L), TERM.code(), 0)).thenReturn(List.of(
                new TargetStore.LineageTarget(10, 10, 7), new TargetStore.LineageTarget(10, 11, 3),
                new TargetStore.LineageTarget(20, 21, 4), new TargetStore.LineageTarget(20, 22, 5)));
        assertThat(service.of(List.of(10L, 20L), TERM.code(), null)).containsExactlyInAnyOrderEntriesOf(
                Map.of(10L, 7, 20L, 9));
    }
}
