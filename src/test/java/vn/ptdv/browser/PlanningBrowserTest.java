package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * The organization department lands on its dashboard, follows the progress against the targets,
 * the ranking and the cells that admit nobody, allocates targets and records a directive; a ward
 * assigns a cadre to a cell and checks the year's duty. Each test plans a province of its own:
 * targets for the year of 10 (the ward 4, the commune 3, the bloc 2), one admission decided this
 * year in the ward and two in the commune, and one dossier of the ward whose decision is overdue.
 */
class PlanningBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();
    static final int YEAR = TODAY.getYear();

    Fixtures.Tree tree;
    String department;
    String term;
    String ward;
    String commune;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province(), "Nguyễn Thị Lan");
        term = "NK-" + tree.prefix();
        ward = "Đảng bộ phường Hòa Bình " + tree.prefix();
        commune = "Đảng bộ xã An Phú " + tree.prefix();
    }

    /** The term (from the day given), its targets, the admissions decided this year and the overdue dossier. */
    private void plan(LocalDate termStart) {
        data.term(term, termStart);
        long plan = data.plan(tree.province(), "15-KH/TU", termStart.isAfter(TODAY) ? TODAY : termStart,
                "Kế hoạch phát triển đảng viên nhiệm kỳ");
        data.target(tree.province(), term, null, 50, plan);
        data.target(tree.province(), term, YEAR, 10, plan);
        data.target(tree.bloc(), term, YEAR, 2, plan);
        data.target(tree.communeA(), term, YEAR, 4, plan);
        data.target(tree.communeB(), term, YEAR, 3, plan);

        long a1 = data.officialMember(tree.cellA1(), "Lê Văn Giới");
        long a2 = data.officialMember(tree.cellA2(), "Lê Thị Thiệu");
        long b1 = data.officialMember(tree.cellB1(), "Trần Văn Giới");
        long b2 = data.officialMember(tree.cellB2(), "Trần Thị Thiệu");
        LocalDate decided = TODAY.minusDays(10).getYear() == YEAR ? TODAY.minusDays(10) : TODAY;
        LocalDate welcomed = decided.plusDays(7).isAfter(TODAY) ? TODAY : decided.plusDays(7);
        LocalDate certified = decided.minusMonths(4);
        data.admitted(data.applicant(tree.cellA1(), tree.communeA(), "Vũ Thị Kết", certified), tree.cellA1(), decided,
                welcomed, a1, a2);
        data.admitted(data.applicant(tree.cellB1(), tree.communeB(), "Đào Văn Nạp", certified), tree.cellB1(), decided,
                welcomed, b1, b2);
        data.admitted(data.applicant(tree.cellB1(), tree.communeB(), "Đào Thị Nạp", certified), tree.cellB1(), decided,
                welcomed, b1, b2);
        // The committee resolved four months ago: the decision is overdue.
        LocalDate vote = TODAY.minusDays(120);
        long overdue = data.proposed(data.applicant(tree.cellA2(), tree.communeA(), "Vũ Văn Chờ", vote.minusMonths(3)),
                tree.cellA2(), vote, a1, a2);
        data.record(overdue, vn.ptdv.admission.StepCode.COMMITTEE_RESOLUTION, vote.plusDays(7),
                vn.ptdv.admission.StepData.CommitteeVote.of(9, 8));
    }

    @Test
    void theDepartmentLandsOnItsDashboardAndFollowsEachNumberToItsList() {
        // The term going on today is the one that started last: no other test starts one this month.
        plan(TODAY.minusDays(20));
        Page page = signIn(1280, 900, "/", department);
        assertThat(page.getByRole(AriaRole.HEADING, named("Xin chào, Nguyễn Thị Lan"))).isVisible();
        assertThat(page.getByText("Kết nạp năm " + YEAR)).isVisible();
        assertThat(page.getByText("3 / chỉ tiêu 10")).isVisible();
        Locator chart = page.locator("section[aria-labelledby=chart-heading]");
        assertThat(chart.locator("li", new Locator.LocatorOptions().setHasText(ward))).containsText("1/4 · 25,00%");
        assertThat(chart.locator("li", new Locator.LocatorOptions().setHasText(commune))).containsText("2/3 · 66,67%");
        assertThat(chart.locator("li", new Locator.LocatorOptions().setHasText("Đảng bộ Khối cơ quan " + tree.prefix())))
                .containsText("0/2 · 0,00%");
        Locator funnel = page.locator("section[aria-labelledby=funnel-heading]");
        assertThat(funnel.locator("li", new Locator.LocatorOptions().setHasText("quyết định kết nạp trong năm")))
                .containsText("3");
        Browser.screenshot(page, "dashboard");

        page.getByText("Hồ sơ quá hạn").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Đảng bộ tỉnh Thử Nghiệm " + tree.prefix())))
                .isVisible();
        assertThat(page.getByLabel("Chỉ hồ sơ cần chú ý")).isChecked();
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Vũ Văn Chờ");
    }

    @Test
    void theDepartmentReadsTheProgressTheRankingAndTheCellsThatAdmitNobody() {
        plan(TODAY.minusYears(1));
        Page page = signIn(1280, 900, "/reports/progress?term=" + term, department);
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(YEAR));
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertLine(page, ward, "4", "1", "25,00%");
        assertLine(page, commune, "3", "2", "66,67%");
        Browser.screenshot(page, "progress");

        page.getByRole(AriaRole.LINK, named("Tỉ lệ")).click();
        assertThat(page.locator("table tbody tr").first()).containsText(commune);
        assertThat(page.locator("table tbody tr").first()).containsText("66,67%");

        page.getByRole(AriaRole.LINK, named("Xếp hạng")).click();
        page.getByLabel("Nhiệm kỳ", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new SelectOption().setLabel("Nhiệm kỳ " + term));
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(YEAR));
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        Locator first = page.locator("table tbody tr").first();
        assertThat(first.locator("td").first()).hasText("1");
        assertThat(first).containsText(commune);
        Browser.screenshot(page, "ranking");

        page.getByRole(AriaRole.LINK, named("Chi bộ chưa kết nạp")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Chi bộ nhiều năm không kết nạp được đảng viên — Đảng bộ tỉnh Thử Nghiệm "
                + tree.prefix()))).isVisible();
        page.getByLabel("Loại hình chi bộ").selectOption("RESIDENTIAL");
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        // Of the three residential cells, only Thôn Nam admitted nobody.
        assertThat(page.locator("caption")).containsText("1 chi bộ không kết nạp được đảng viên nào trong 2 năm liền");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Chi bộ Thôn Nam " + tree.prefix());
        Browser.screenshot(page, "stagnant-cells");
    }

    /** The organization's line of the progress table: its target, its admissions and the percent. */
    private static void assertLine(Page page, String organization, String target, String admitted, String percent) {
        Locator line = page.locator("tr", new Page.LocatorOptions().setHasText(organization)).locator("td");
        assertThat(line.nth(1)).hasText(target);
        assertThat(line.nth(2)).hasText(admitted);
        assertThat(line.nth(3)).hasText(percent);
    }

    @Test
    void theDepartmentAllocatesTargetsAndRecordsADirective() {
        plan(TODAY.minusYears(1));
        Page page = signIn(1280, 900, "/planning/targets?term=" + term + "&year=" + YEAR, department);
        assertThat(page.getByLabel(commune)).hasValue("3");
        page.getByLabel(commune).fill("ba");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.locator(".invalid-feedback").filter(new Locator.FilterOptions().setHasText("không phải số nguyên")))
                .isVisible();
        page.getByLabel(commune).fill("5");
        page.getByRole(AriaRole.BUTTON, named("Lưu chỉ tiêu")).click();
        assertThat(page.getByText("Đã lưu 4 chỉ tiêu.")).isVisible();
        // 2 + 4 + 5 allocated against the province's 10.
        assertThat(page.locator(".alert-warning")).containsText("(11, của 3/3 tổ chức đã có chỉ tiêu)");
        Browser.screenshot(page, "targets");

        page.getByRole(AriaRole.LINK, named("Văn bản")).click();
        page.getByLabel("Số và ký hiệu").fill("12/KH");
        page.getByLabel("Ngày ban hành").fill(VietnameseDates.format(TODAY.minusDays(1)));
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
        LocalDate from = TODAY.withDayOfYear(1);
        long introducing = data.officialMember(tree.cellA1(), "Hồ Văn Phụ");
        long silent = data.officialMember(tree.cellA2(), "Hồ Thị Trách");
        data.officialMember(tree.cellA2(), "Phan Văn Mới");
        data.supervise(introducing, tree.cellA1(), from);
        data.supervise(silent, tree.cellA2(), from);
        data.prospectIntroducedBy(tree.cellA1(), "Ngô Văn Nguồn", from, introducing);
        String wardCommittee = fixtures.user(Role.COMMITTEE, tree.communeA());

        Page page = signIn(390, 844, "/reports/assignment-duty", wardCommittee);
        assertThat(page.getByText("1/2 cấp ủy viên phụ trách chi bộ đã giới thiệu")).isVisible();
        assertThat(page.locator("tr.table-warning")).hasCount(1);
        assertThat(page.locator("tr.table-warning")).containsText("Hồ Thị Trách");
        Browser.screenshot(page, "assignment-duty-phone");

        page.getByRole(AriaRole.LINK, named("Phân công phụ trách")).click();
        Browser.pickMember(page, "Cán bộ được phân công", "Phan Văn Mới");
        page.locator("#cellCode").fill(tree.cellA1());
        page.getByLabel("Đến ngày").fill(VietnameseDates.format(from.minusDays(1)));
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#to-error")).containsText("không được trước ngày bắt đầu");
        page.getByLabel("Đến ngày").fill("");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã phân công")).isVisible();
        assertThat(page.locator("table tbody tr", new Page.LocatorOptions().setHasText("Phan Văn Mới")))
                .containsText("Chi bộ Khu phố Đông " + tree.prefix());
        Browser.screenshot(page, "assignments-phone");
    }

    @Test
    void theDepartmentAddsATerm() {
        int start = YEAR - 1;
        data.term(term, LocalDate.of(start, 10, 1));
        Page page = signIn(1280, 900, "/planning/terms", department);
        assertThat(page.getByRole(AriaRole.LINK, named("Nhiệm kỳ " + term))).isVisible();
        String next = term + "-SAU";
        String nextStart = "01/10/" + (start + 5);
        page.getByLabel("Mã nhiệm kỳ").fill(next);
        page.getByLabel("Tên nhiệm kỳ").fill("Nhiệm kỳ " + next);
        page.getByLabel("Ngày bắt đầu").fill(nextStart);
        page.getByLabel("Ngày kết thúc").fill(nextStart);
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#endDate-error")).containsText("phải sau ngày bắt đầu (" + nextStart + ")");
        page.getByLabel("Ngày kết thúc").fill("30/09/" + (start + 10));
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã thêm nhiệm kỳ \"Nhiệm kỳ " + next + "\".")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Nhiệm kỳ " + next))).isVisible();
        Browser.screenshot(page, "terms");
    }
}
