package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.reporting.internal.ReportForms.DutyQuestion;
import vn.ptdv.reporting.internal.ReportForms.ProgressQuestion;
import vn.ptdv.reporting.internal.ReportForms.StagnantQuestion;
import vn.ptdv.shared.InvalidInputException;

/** What a report is about, found for the question asked: the as-of date, the term, a year of it. */
class ReportQuestionsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final OrganizationRef HOME = new OrganizationRef(1, "BM", "Đảng bộ tỉnh Bình Minh",
            OrganizationType.PROVINCIAL, null, null);
    private static final Term TERM = new Term("2025-2030", "Nhiệm kỳ 2025-2030", LocalDate.of(2025, 10, 1),
            LocalDate.of(2030, 9, 30));

    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final Terms terms = mock(Terms.class);
    private final AccessScope scope = mock(AccessScope.class);
    private final ReportQuestions questions = new ReportQuestions(organizations, terms, scope);

    @BeforeEach
    void todayAndTheHomeOrganization() {
        when(scope.today()).thenReturn(TODAY);
        when(organizations.requireVisibleOrHome(null)).thenReturn(HOME);
    }

    private static ProgressQuestion progress(Integer year, LocalDate asOf) {
        return new ProgressQuestion(null, null, year, asOf, ProgressReports.Sort.TREE);
    }

    @Test
    void progressWithoutADateIsUpToTodayInTheTermTodayFallsIn() {
        when(terms.resolve(null, TODAY)).thenReturn(TERM);
        ReportQuestions.Progress progress = questions.progress(progress(null, null));
        assertThat(progress.asOf()).isEqualTo(TODAY);
        assertThat(progress.term()).isEqualTo(TERM);
        assertThat(progress.organization()).isEqualTo(HOME);
    }

    @Test
    void theTermIsTheOneTheAsOfDateFallsIn() {
        LocalDate asOf = LocalDate.of(2025, 9, 30);
        Term earlier = new Term("2020-2025", "Nhiệm kỳ 2020-2025", LocalDate.of(2020, 10, 1), asOf);
        when(terms.resolve(null, asOf)).thenReturn(earlier);
        assertThat(questions.progress(progress(null, asOf)).term()).isEqualTo(earlier);
    }

    @Test
    void aYearOutsideTheTermIsRefusedByTheRulesTheFirstAndLastYearAreAsked() {
        when(terms.resolve(null, TODAY)).thenReturn(TERM);
        assertThatThrownBy(() -> questions.progress(progress(2024, null))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException refused = (InvalidInputException) e;
                    assertThat(refused.malformed()).isFalse();
                    assertThat(refused.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("year");
                        assertThat(p.messageKey()).isEqualTo("target.year.outsideTerm");
                    });
                });
        assertThat(questions.progress(progress(2025, null)).year()).isEqualTo(2025);
        assertThat(questions.progress(progress(2030, null)).year()).isEqualTo(2030);
        assertThatThrownBy(() -> questions.progress(progress(2031, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stagnantCellsWithoutADateAreCountedUpToToday() {
        ReportQuestions.Stagnant stagnant = questions.stagnant(new StagnantQuestion(null, 2, null, null));
        assertThat(stagnant.asOf()).isEqualTo(TODAY);
        assertThat(stagnant.years()).isEqualTo(2);
    }

    @Test
    void theDutyWithoutAYearIsThisYears() {
        assertThat(questions.duty(new DutyQuestion(null, null)).year()).isEqualTo(2026);
        assertThat(questions.duty(new DutyQuestion(null, 2025)).year()).isEqualTo(2025);
    }
}
