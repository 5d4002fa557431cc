package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.planning.Targets;
import vn.ptdv.planning.Term;
import vn.ptdv.reporting.internal.ProgressReports.Line;
import vn.ptdv.reporting.internal.ProgressStore.Counts;

/**
 * The progress report's arithmetic over counted admissions: the target of the year or the term,
 * what remains and the pace it needs, a projection to the end, the order and the ranks.
 */
class ProgressReportsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final Term TERM = new Term("2025-2030", "Nhiệm kỳ 2025-2030", LocalDate.of(2025, 10, 1),
            LocalDate.of(2030, 9, 30));
    private static final OrganizationRef PROVINCE = organization(1, "BM", "Đảng bộ tỉnh Bình Minh");
    private static final OrganizationRef AN_PHU = organization(2, "BM-X-ANPHU", "Đảng bộ xã An Phú");
    private static final OrganizationRef HOA_BINH = organization(3, "BM-P-HOABINH", "Đảng bộ phường Hòa Bình");
    private static final OrganizationRef DONG_SON = organization(4, "BM-X-DONGSON", "Đảng bộ xã Đông Sơn");

    private final ProgressStore store = mock(ProgressStore.class);
    private final Targets targets = mock(Targets.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = mock(AccessScope.class);
    private final ProgressReports reports = new ProgressReports(store, targets, organizations, scope);

    private static OrganizationRef organization(long id, String code, String name) {
        return new OrganizationRef(id, code, name, OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    }

    @BeforeEach
    void theProvinceAndThreeCommunes() {
        when(scope.today()).thenReturn(TODAY);
        when(organizations.childrenOn(1, TODAY)).thenReturn(List.of(AN_PHU, HOA_BINH, DONG_SON));
    }

    @Test
    void sevenOfNineByTheEndOfJuneLeaveTwoForTheTwoQuartersLeft() {
        Line line = ProgressReports.line(AN_PHU, 9, new Counts(7, 7, 0), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 6, 30));
        assertThat(line.percent()).hasToString("77.78");
        assertThat(line.remaining()).isEqualTo(2);
        assertThat(line.pacePerQuarter()).isEqualTo(1);
    }

    @Test
    void moreThanTheTargetLeavesNothingAndNoTargetLeavesNoPercent() {
        Line above = ProgressReports.line(AN_PHU, 3, new Counts(4, 4, 0), LocalDate.of(2026, 12, 31), TODAY);
        assertThat(above.remaining()).isZero();
        assertThat(above.pacePerQuarter()).isZero();
        Line none = ProgressReports.line(AN_PHU, null, null, LocalDate.of(2026, 12, 31), TODAY);
        assertThat(none.percent()).isNull();
        assertThat(none.remaining()).isNull();
        assertThat(none.pacePerQuarter()).isNull();
        assertThat(none.admitted()).isZero();
    }

    @Test
    void theProjectionFollowsTheLastYearsPaceOrAtLeastTheDossiersAwaitingADecision() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        LocalDate asOf = end.minusDays(ProgressReports.RECENT_DAYS / 5);
        assertThat(ProgressReports.line(AN_PHU, 10, new Counts(4, 10, 0), end, asOf).projected()).isEqualTo(6);
        assertThat(ProgressReports.line(AN_PHU, 10, new Counts(4, 10, 3), end, asOf).projected()).isEqualTo(7);
        assertThat(ProgressReports.line(AN_PHU, 10, new Counts(4, 10, 3), end, asOf).inProgress()).isEqualTo(3);
    }

    @Test
    void onTheLastDayOfThePeriodNothingIsLeftToProject() {
        LocalDate end = LocalDate.of(2026, 12, 31);
        Line line = ProgressReports.line(AN_PHU, 10, new Counts(4, 10, 3), end, end);
        assertThat(line.projected()).isEqualTo(4);
        assertThat(line.pacePerQuarter()).isNull();
        assertThat(ProgressReports.line(AN_PHU, 10, new Counts(4, 10, 3), end, end.minusDays(1)).pacePerQuarter())
                .isEqualTo(6);
    }

    @Test
    void theYearsProgressIsCountedFromTheFirstToTheLastDayOfTheYearWithTheTargetsOfThatYear() {
        when(store.counts(eq(PROVINCE), anyList(), eq(LocalDate.of(2026, 1, 1)), eq(LocalDate.of(2026, 12, 31)),
                eq(TODAY), eq(TODAY))).thenReturn(Map.of(1L, new Counts(5, 5, 0), 2L, new Counts(3, 3, 0)));
        when(targets.of(anyList(), eq(TERM.code()), eq(2026))).thenReturn(Map.of(1L, 25, 2L, 3, 3L, 4));

        ProgressReports.Progress progress = reports.progress(PROVINCE, TERM, 2026, TODAY, ProgressReports.Sort.TREE);

        assertThat(progress.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(progress.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(progress.total().percent()).hasToString("20.00");
        assertThat(progress.children()).extracting(Line::code).containsExactly(AN_PHU.code(), HOA_BINH.code(),
                DONG_SON.code());
        assertThat(progress.children()).extracting(Line::target).containsExactly(3, 4, null);
    }

    @Test
    void theTermsProgressRunsFromTheTermsFirstDay() {
        when(store.counts(any(), anyList(), any(), any(), any(), any())).thenReturn(Map.of());
        ProgressReports.Progress progress = reports.progress(PROVINCE, TERM, null, TODAY, ProgressReports.Sort.NAME);
        assertThat(progress.from()).isEqualTo(TERM.startDate());
        assertThat(progress.to()).isEqualTo(TERM.endDate());
        assertThat(progress.children()).extracting(Line::name).containsExactly("Đảng bộ phường Hòa Bình",
                "Đảng bộ xã An Phú", "Đảng bộ xã Đông Sơn");
    }

    @Test
    void theDashboardsTermAndYearComeFromOneReadingOfTheDecisionsEachWithItsOwnTargets() {
        ProgressStore.Window term = new ProgressStore.Window(TERM.startDate(), TERM.endDate());
        ProgressStore.Window year = new ProgressStore.Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        when(store.counts(eq(PROVINCE), anyList(), eq(List.of(term, year)), eq(TODAY), eq(TODAY))).thenReturn(Map.of(
                1L, List.of(new Counts(30, 12, 2), new Counts(5, 12, 2)),
                2L, List.of(new Counts(9, 4, 1), new Counts(3, 4, 1))));
        when(targets.of(anyList(), eq(TERM.code()), eq(null))).thenReturn(Map.of(1L, 120, 2L, 18));
        when(targets.of(anyList(), eq(TERM.code()), eq(2026))).thenReturn(Map.of(1L, 25, 2L, 3));

        ProgressReports.TermAndYear both = reports.termAndYear(PROVINCE, TERM, 2026, TODAY);

        assertThat(both.term().year()).isNull();
        assertThat(both.term().from()).isEqualTo(TERM.startDate());
        assertThat(both.term().total().admitted()).isEqualTo(30);
        assertThat(both.term().total().percent()).hasToString("25.00");
        assertThat(both.year().year()).isEqualTo(2026);
        assertThat(both.year().to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(both.year().total().percent()).hasToString("20.00");
        assertThat(both.year().children()).extracting(Line::code).containsExactly(AN_PHU.code(), HOA_BINH.code(),
                DONG_SON.code());
        assertThat(both.year().children()).extracting(Line::admitted).containsExactly(3L, 0L, 0L);
        assertThat(both.term().children()).extracting(Line::inProgress).containsExactly(1L, 0L, 0L);
        verify(store, times(1)).counts(any(), anyList(), anyList(), any(), any());
    }

    @Test
    void equalPercentsAndAdmissionsShareARankAndTheNextRankSkips() {
        Line full = new Line("A", "A", 3, 3, ProgressReports.percent(3, 3), 0, 0, 3, 0);
        Line alsoFull = new Line("B", "B", 2, 2, ProgressReports.percent(2, 2), 0, 0, 2, 0);
        Line fullWithMore = new Line("C", "C", 4, 4, ProgressReports.percent(4, 4), 0, 0, 4, 0);
        Line half = new Line("D", "D", 4, 2, ProgressReports.percent(2, 4), 2, 1, 2, 0);
        Line noTarget = new Line("E", "E", null, 5, null, null, null, 5, 0);

        List<Line> ordered = ProgressReports.sorted(List.of(noTarget, half, alsoFull, full, fullWithMore),
                ProgressReports.Sort.PERCENT);

        assertThat(ordered).extracting(Line::code).containsExactly("C", "A", "B", "D", "E");
        assertThat(ProgressReports.ranked(ordered)).extracting(ProgressReports.Ranked::rank)
                .containsExactly(1, 2, 3, 4, 5);
        Line sameAsA = new Line("F", "F", 6, 3, ProgressReports.percent(3, 6), 3, 2, 3, 0);
        Line sameAsD = new Line("G", "G", 4, 2, ProgressReports.percent(2, 4), 2, 1, 2, 0);
        List<Line> ties = ProgressReports.sorted(List.of(sameAsD, half, sameAsA, full), ProgressReports.Sort.PERCENT);
        assertThat(ties).extracting(Line::code).containsExactly("A", "F", "D", "G");
        assertThat(ProgressReports.ranked(ties)).extracting(ProgressReports.Ranked::rank).containsExactly(1, 2, 3, 3);
    }
}
