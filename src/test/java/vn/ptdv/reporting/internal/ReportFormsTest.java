package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.support.Refusals.malformed;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.CellKind;
import vn.ptdv.reporting.internal.ReportForms.DutyForm;
import vn.ptdv.reporting.internal.ReportForms.ProgressForm;
import vn.ptdv.reporting.internal.ReportForms.StagnantForm;
import vn.ptdv.shared.DateInput;

/** What a report is asked, read from its query: every malformed value at once, defaults for the absent ones. */
class ReportFormsTest {

    @Test
    void anEmptyProgressQuestionAsksTheHomeOrganizationTheCurrentTermTodayInTheTreesOrder() {
        ReportForms.ProgressQuestion question = new ProgressForm(null, " ", "", null, null).parse(DateInput.PAGE);
        assertThat(question).isEqualTo(new ReportForms.ProgressQuestion(null, null, null, null,
                ProgressReports.Sort.TREE));
    }

    @Test
    void aProgressQuestionIsReadAsTypedOnAPageOrInTheApi() {
        assertThat(new ProgressForm(" BM ", "2025-2030", "2026", "30/06/2026", "percent").parse(DateInput.PAGE))
                .isEqualTo(new ReportForms.ProgressQuestion("BM", "2025-2030", 2026, LocalDate.of(2026, 6, 30),
                        ProgressReports.Sort.PERCENT));
        assertThat(new ProgressForm(null, null, null, "2026-06-30", "Remaining").parse(DateInput.API).asOf())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void everyMalformedValueOfAProgressQuestionIsSaidAtOnce() {
        assertThat(malformed(() -> new ProgressForm(null, null, "26", "31/02/2026", "best").parse(DateInput.PAGE)))
                .containsExactly("asOf: date.day", "year: report.year.format", "sort: validation.oneOf");
        assertThat(malformed(() -> new ProgressForm(null, null, "20261", null, null).parse(DateInput.API)))
                .containsExactly("year: report.year.format");
    }

    @Test
    void cellsWithoutAdmissionsAreAskedForOneToTwentyYearsTwoByDefault() {
        assertThat(new StagnantForm(null, null, null, null).parse(DateInput.API).years()).isEqualTo(2);
        assertThat(malformed(() -> new StagnantForm(null, "0", null, null).parse(DateInput.API)))
                .containsExactly("years: validation.range");
        assertThat(new StagnantForm(null, "1", null, null).parse(DateInput.API).years()).isEqualTo(1);
        assertThat(new StagnantForm(null, "20", null, null).parse(DateInput.API).years()).isEqualTo(20);
        assertThat(malformed(() -> new StagnantForm(null, "21", null, null).parse(DateInput.API)))
                .containsExactly("years: validation.range");
        assertThat(malformed(() -> new StagnantForm(null, "hai", null, null).parse(DateInput.API)))
                .containsExactly("years: validation.range");
    }

    @Test
    void theKindOfCellIsReadWhateverItsCase() {
        assertThat(new StagnantForm("BM", "3", "10/05/2024", " school ").parse(DateInput.PAGE))
                .isEqualTo(new ReportForms.StagnantQuestion("BM", 3, LocalDate.of(2024, 5, 10), CellKind.SCHOOL));
        assertThat(malformed(() -> new StagnantForm(null, null, "10.05.2024", "TRUONG").parse(DateInput.PAGE)))
                .containsExactly("asOf: date.format.display", "kind: validation.oneOf");
    }

    @Test
    void theYearOfTheDutyHasFourDigits() {
        assertThat(new DutyForm(null, null).parse().year()).isNull();
        assertThat(new DutyForm("BM", "2026").parse()).isEqualTo(new ReportForms.DutyQuestion("BM", 2026));
        assertThat(malformed(() -> new DutyForm(null, "năm nay").parse())).containsExactly("year: report.year.format");
    }
}
