package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.demo.DemoDays;
import vn.ptdv.support.MutableClock;

/**
 * The organization department lands on its dashboard, follows the progress against the targets,
 * the ranking and the cells that admit nobody, allocates targets and records a directive; a ward
 * assigns a cadre to a cell and checks the year's duty.
 */
class PlanningBrowserTest extends BrowserTest {
    /** The demo's year and its current congress term, as loaded on the tests' day. */
    static final String YEAR = String.valueOf(MutableClock.today().getYear());
    static final int TERM_START = DemoDays.year(2025, 10, 1);
    static final String TERM = TERM_START + "-" + (TERM_START + 5);

    @Test
    void theDepartmentLandsOnItsDashboardAndFollowsEachNumberToItsList() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/", "bantochuc", "demo12345");
        assertThat(page.getByRole(AriaRole.HEADING, named("Xin chào, Nguyễn Thị Lan"))).isVisible();
        assertThat(page.getByText("Kết nạp năm " + YEAR)).isVisible();
        assertThat(page.getByText("/ chỉ tiêu 25")).isVisible();
        Locator chart = page.locator("section[aria-labelledby=chart-heading]");
        assertThat(chart.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Đảng bộ xã An Phú"))).isVisible();
        assertThat(chart.locator("li", new Locator.LocatorOptions().setHasText("Đảng bộ xã An Phú")))
                .containsText(java.util.regex.Pattern.compile("\\d+/\\d+ · \\d+,\\d\\d%"));
        assertThat(page.locator("section[aria-labelledby=funnel-heading]")).containsText("quyết định kết nạp trong năm");
        Browser.screenshot(page, "dashboard");

        page.getByText("Hồ sơ quá hạn").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Đảng bộ tỉnh Bình Minh"))).isVisible();
        assertThat(page.getByLabel("Chỉ hồ sơ cần chú ý")).isChecked();
    }

    @Test
    void theDepartmentReadsTheProgressTheRankingAndTheCellsThatAdmitNobody() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/reports/progress", "bantochuc", "demo12345");
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption(YEAR);
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        Browser.screenshot(page, "progress");
        // Other browser tests record admissions on the same demo installation: each line must agree with itself.
        for (String commune : new String[] {"Đảng bộ xã An Phú", "Đảng bộ phường Tân Thành"}) {
            Locator line = page.locator("tr", new Page.LocatorOptions().setHasText(commune)).locator("td");
            int target = Integer.parseInt(line.nth(1).innerText().strip());
            int admitted = Integer.parseInt(line.nth(2).innerText().strip());
            assertThat(line.nth(3)).hasText(new java.math.BigDecimal(admitted * 100)
                    .divide(new java.math.BigDecimal(target), 2, java.math.RoundingMode.HALF_UP).toPlainString()
                    .replace('.', ',') + "%");
        }
        Browser.screenshot(page, "progress");
        page.getByRole(AriaRole.LINK, named("Tỉ lệ")).click();
        java.util.List<Double> percents = page.locator("table tbody tr td:nth-child(4)").allInnerTexts().stream()
                .filter(t -> t.contains("%")).map(t -> Double.parseDouble(t.replace("%", "").replace(",", ".").strip()))
                .toList();
        assertThat(page.locator("table tbody tr").first()).containsText(percents.isEmpty() ? ""
                : String.format(java.util.Locale.ROOT, "%.2f", java.util.Collections.max(percents)).replace('.', ','));

        page.getByRole(AriaRole.LINK, named("Xếp hạng")).click();
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption(YEAR);
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(page.locator("table tbody tr").first().locator("td").first()).hasText("1");
        Browser.screenshot(page, "ranking");

        page.getByRole(AriaRole.LINK, named("Chi bộ chưa kết nạp")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Chi bộ nhiều năm không kết nạp được đảng viên — Đảng bộ tỉnh Bình Minh")))
                .isVisible();
        page.getByLabel("Loại hình chi bộ").selectOption("RESIDENTIAL");
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(page.locator("caption")).containsText("trong 2 năm liền");
        Browser.screenshot(page, "stagnant-cells");
    }

    @Test
    void theDepartmentAllocatesTargetsAndRecordsADirective() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/planning/targets?term=" + TERM + "&year=" + YEAR, "bantochuc", "demo12345");
        assertThat(page.getByLabel("Đảng bộ xã Đông Sơn")).hasValue("2");
        page.getByLabel("Đảng bộ xã Đông Sơn").fill("ba");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.locator(".invalid-feedback").filter(new Locator.FilterOptions().setHasText("không phải số nguyên")))
                .isVisible();
        page.getByLabel("Đảng bộ xã Đông Sơn").fill("3");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.getByText("Đã lưu 10 chỉ tiêu.")).isVisible();
        assertThat(page.locator(".alert-warning")).containsText("(26, của 9/9 tổ chức đã có chỉ tiêu)");
        Browser.screenshot(page, "targets");

        page.getByRole(AriaRole.LINK, named("Văn bản")).click();
        page.getByLabel("Số và ký hiệu").fill("12/KH");
        page.getByLabel("Ngày ban hành").fill(VietnameseDates.format(MutableClock.today().minusDays(1)));
        page.getByLabel("Trích yếu").fill("Kế hoạch kết nạp đảng viên dịp 3/2");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#numberSymbol-error")).containsText("không đúng dạng số và ký hiệu");
        page.getByLabel("Số và ký hiệu").fill("21-KH/HU");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã ghi văn bản 21-KH/HU.")).isVisible();
        assertThat(page.locator(".alert-warning")).containsText("thường ký /TU");
        Browser.screenshot(page, "directives");
    }

    @Test
    void aWardAssignsACadreToACellAndChecksTheYearsDuty() {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/reports/assignment-duty", "hoabinh", "demo12345");
        assertThat(page.getByText("1/2 cấp ủy viên phụ trách chi bộ đã giới thiệu")).isVisible();
        assertThat(page.locator("tr.table-warning")).hasCount(1);
        Browser.screenshot(page, "assignment-duty-phone");

        page.getByRole(AriaRole.LINK, named("Phân công phụ trách")).click();
        page.getByLabel("Cán bộ được phân công").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(3));
        page.locator("#cellCode").fill("BM-P-HOABINH-KP03");
        page.getByLabel("Đến ngày").fill(VietnameseDates.format(MutableClock.today().withDayOfYear(1).minusDays(1)));
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#to-error")).containsText("không được trước ngày bắt đầu");
        page.getByLabel("Đến ngày").fill("");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã phân công")).isVisible();
        Browser.screenshot(page, "assignments-phone");
    }

    @Test
    void theDepartmentAddsATerm() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/planning/terms", "bantochuc", "demo12345");
        assertThat(page.getByRole(AriaRole.LINK, named("Nhiệm kỳ " + TERM))).isVisible();
        String next = (TERM_START + 5) + "-" + (TERM_START + 10);
        String nextStart = "01/10/" + (TERM_START + 5);
        page.getByLabel("Mã nhiệm kỳ").fill(next);
        page.getByLabel("Tên nhiệm kỳ").fill("Nhiệm kỳ " + next);
        page.getByLabel("Ngày bắt đầu").fill(nextStart);
        page.getByLabel("Ngày kết thúc").fill(nextStart);
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#endDate-error")).containsText("phải sau ngày bắt đầu (" + nextStart + ")");
        page.getByLabel("Ngày kết thúc").fill("30/09/" + (TERM_START + 10));
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã thêm nhiệm kỳ \"Nhiệm kỳ " + next + "\".")).isVisible();
        Browser.screenshot(page, "terms");
    }
}
