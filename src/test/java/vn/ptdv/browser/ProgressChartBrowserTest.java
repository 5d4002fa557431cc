package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;

/** The progress of the year month by month, and of the term year by year, as bars that add up to the total. */
class ProgressChartBrowserTest extends BrowserTest {
    private static long sum(Locator rects) {
        return rects.all().stream().mapToLong(r -> Long.parseLong(r.getAttribute("data-value"))).sum();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"year, 1280", "year, 390", "term, 1280"})
    void theProgressIsDrawnPeriodByPeriodAndAddsUpToTheAdmittedTotal(String period, int width) {
        context = Browser.newContext(width, 900);
        Page page = Browser.signIn(context, port, "/", "bantochuc", "demo12345");
        page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText(
                period.equals("year") ? "Kết nạp năm" : "kết nạp cả nhiệm kỳ")).first().click();
        String heading = period.equals("year") ? "Kết nạp theo tháng (đến ngày tính)"
                : "Kết nạp theo năm của nhiệm kỳ (đến ngày tính)";
        assertThat(page.getByRole(AriaRole.HEADING, named(heading))).isVisible();
        Locator rects = page.getByRole(AriaRole.TABLE, named(heading)).locator("rect");
        List<String> figures = page.getByRole(AriaRole.TABLE, named(heading)).locator("td.chart-value").allTextContents();
        org.assertj.core.api.Assertions.assertThat(rects.count()).isEqualTo(figures.size())
                .isEqualTo(period.equals("year") ? 12 : 6);
        long admitted = Long.parseLong(page.locator("#total-heading ~ div .fs-4").nth(1).textContent().strip()
                .replace(".", ""));
        org.assertj.core.api.Assertions.assertThat(admitted).isPositive();
        org.assertj.core.api.Assertions.assertThat(sum(rects)).isEqualTo(admitted);
        page.getByRole(AriaRole.HEADING, named(heading)).scrollIntoViewIfNeeded();
        Browser.screenshot(page, "progress-" + period + "-" + width);
    }
}
