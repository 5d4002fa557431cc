package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * The progress of the year month by month, and of the term year by year, as bars that add up to
 * the total. The test's province has a term that began in July of last year (six calendar years),
 * a target, and admissions decided on 10 November last year, 10 February and twice on 10 May this
 * year (before the earliest day the tests run on in June).
 */
class ProgressChartBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();
    static final int YEAR = TODAY.getYear();

    Fixtures.Tree tree;
    String department;
    String term;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        term = "NK-" + tree.prefix();
        LocalDate start = LocalDate.of(YEAR - 1, 7, 1);
        data.term(term, start);
        long plan = data.plan(tree.province(), "7-KH/TU", start, "Kế hoạch phát triển đảng viên nhiệm kỳ");
        data.target(tree.province(), term, null, 40, plan);
        data.target(tree.province(), term, YEAR, 8, plan);
        long a1 = data.officialMember(tree.cellA1(), "Lê Văn Giới");
        long a2 = data.officialMember(tree.cellA1(), "Lê Thị Thiệu");
        admit("Vũ Thị Một", LocalDate.of(YEAR - 1, 11, 10), a1, a2);
        admit("Vũ Văn Hai", LocalDate.of(YEAR, 2, 10), a1, a2);
        admit("Vũ Thị Ba", LocalDate.of(YEAR, 5, 10), a1, a2);
        admit("Vũ Văn Bốn", LocalDate.of(YEAR, 5, 10), a1, a2);
    }

    private void admit(String name, LocalDate decision, long introducer1, long introducer2) {
        data.admitted(data.applicant(tree.cellA1(), tree.communeA(), name, decision.minusMonths(4)), tree.cellA1(),
                decision, decision.plusDays(7), introducer1, introducer2);
    }

    private static long sum(Locator rects) {
        return rects.all().stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-value"))).sum();
    }

    /** The figure written on the row of the period, and its bar's. */
    private static void bar(Page page, Locator chart, String period, String figure) {
        Locator row = chart.locator("tr").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.ROWHEADER, exactly(period))));
        assertThat(row.locator("td.chart-value")).hasText(figure);
        assertThat(row.locator("rect")).hasAttribute("data-value", figure);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"year, 1280", "year, 390", "term, 1280"})
    void theProgressIsDrawnPeriodByPeriodAndAddsUpToTheAdmittedTotal(String period, int width) {
        // The department's own term and year, as its dashboard links them (the dashboard shows the
        // term going on today that started last, which another test may have started).
        Page page = signIn(width, 900, "/reports/progress?organization=" + tree.province() + "&term=" + term
                + (period.equals("year") ? "&year=" + YEAR : ""), department);
        String heading = period.equals("year") ? "Kết nạp theo tháng (đến ngày tính)"
                : "Kết nạp theo năm của nhiệm kỳ (đến ngày tính)";
        assertThat(page.getByRole(AriaRole.HEADING, named(heading))).isVisible();
        Locator chart = page.getByRole(AriaRole.TABLE, named(heading));
        Locator rects = chart.locator("rect");
        assertThat(chart.locator("td.chart-value")).hasCount(period.equals("year") ? 12 : 6);
        org.assertj.core.api.Assertions.assertThat(rects.count()).isEqualTo(period.equals("year") ? 12 : 6);
        if (period.equals("year")) {
            bar(page, chart, "Tháng 1/" + YEAR, "0");
            bar(page, chart, "Tháng 2/" + YEAR, "1");
            bar(page, chart, "Tháng 5/" + YEAR, "2");
            bar(page, chart, "Tháng 12/" + YEAR, "0");
        } else {
            bar(page, chart, "Năm " + (YEAR - 1), "1");
            bar(page, chart, "Năm " + YEAR, "3");
            bar(page, chart, "Năm " + (YEAR + 1), "0");
        }
        String admitted = period.equals("year") ? "3" : "4";
        assertThat(page.locator("#total-heading ~ div .fs-4").nth(1)).hasText(admitted);
        org.assertj.core.api.Assertions.assertThat(sum(rects)).isEqualTo(Long.parseLong(admitted));
        page.getByRole(AriaRole.HEADING, named(heading)).scrollIntoViewIfNeeded();
        Browser.screenshot(page, "progress-" + period + "-" + width);
    }
}
