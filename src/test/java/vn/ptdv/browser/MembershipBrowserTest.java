package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Gender;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/** A committee keeps its members: the list, a new member, a transfer; a department reads the counts. */
class MembershipBrowserTest extends BrowserTest {
    static final LocalDate LONG_AGO = LocalDate.of(2015, 4, 20);

    Fixtures.Tree tree;
    String p;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        p = tree.prefix();
    }

    /** The members list of the organization, its rows. */
    private Locator rows(Page page) {
        return page.locator("table tbody tr");
    }

    @Test
    void aCommitteeRegistersAMemberAndRecordsATransfer() {
        data.member(tree.cellA1(), "Phùng Văn Cũ", Gender.MALE, LONG_AGO);
        data.member(tree.cellA2(), "Phùng Thị Cũ", Gender.FEMALE, LONG_AGO);
        String ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        Page page = signIn(1280, 900, "/members", ward);
        assertThat(page.getByRole(AriaRole.HEADING, named("Đảng viên — Đảng bộ phường Hòa Bình " + p))).isVisible();
        assertThat(rows(page)).hasCount(2);
        assertThat(rows(page).first()).containsText("Phùng");
        Browser.screenshot(page, "members");

        open(page, "/members?organization=" + tree.cellA1());
        page.getByRole(AriaRole.LINK, named("Ghi nhận đảng viên")).click();
        page.getByLabel("Họ và tên").fill("Trương Thị Bích Ngọc");
        page.getByLabel("Ngày sinh").fill("12/08/1996");
        page.getByLabel("Nữ").check();
        page.getByLabel("Số CCCD").fill("079196001122");
        page.getByLabel("Ngày kết nạp").fill("30/02/2024");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#admittedOn-error")).containsText("không có thật");
        Browser.screenshot(page, "member-form-error");
        page.getByLabel("Ngày kết nạp").fill("19/05/2024");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã ghi nhận đảng viên Trương Thị Bích Ngọc.")).isVisible();
        assertThat(page.getByText("Đã quá 12 tháng dự bị")).isVisible();

        page.getByLabel("Loại biến động").selectOption("TRANSFER");
        page.getByLabel("Ngày biến động").fill("01/10/2025");
        page.getByLabel("Chi bộ chuyển đến").fill(tree.cellA2());
        page.getByRole(AriaRole.BUTTON, named("Ghi biến động")).click();
        assertThat(page.getByText("Đã ghi biến động")).isVisible();
        assertThat(page.getByText("Chuyển sinh hoạt từ Chi bộ Khu phố Đông " + p + " đến Chi bộ Trường học " + p)).isVisible();
        Browser.screenshot(page, "member");

        page.getByRole(AriaRole.LINK, named("Hồ sơ cá nhân").setExact(true)).last().click();
        assertThat(page.locator("#national-id")).hasText("0791******22");
        String personUrl = page.url();
        Browser.screenshot(page, "person");
        page.getByRole(AriaRole.BUTTON, named("Xem số CCCD đầy đủ")).click();
        assertThat(page.locator("#national-id")).hasText("079196001122");
        assertThat(page.getByText("Lần xem số đầy đủ này đã được ghi vào nhật ký.")).isVisible();
        Browser.screenshot(page, "person-national-id");

        open(page, "/people?q=truong thi bich ngoc");
        assertThat(page.getByRole(AriaRole.LINK, named("Trương Thị Bích Ngọc"))).isVisible();
        assertThat(page.getByText("0791******22")).isVisible();
        Browser.screenshot(page, "people");

        var phone = Browser.newContext(390, 844);
        try {
            Page small = Browser.signIn(phone, port, personUrl.replace("http://localhost:" + port, ""), ward,
                    Fixtures.PASSWORD);
            assertThat(small.locator("#national-id")).hasText("0791******22");
            small.getByRole(AriaRole.BUTTON, named("Xem số CCCD đầy đủ")).click();
            assertThat(small.locator("#national-id")).hasText("079196001122");
            Browser.screenshot(small, "person-national-id-phone");
        } finally {
            phone.close();
        }
    }

    @Test
    void aDepartmentComparesCountsByTheTwoStructuresAcrossTheMerger() {
        // Two members in the ward, three in the commune, until the two were merged six months ago.
        LocalDate merged = MutableClock.today().minusMonths(6);
        data.member(tree.cellA1(), "Tạ Văn Một", Gender.MALE, LONG_AGO);
        data.member(tree.cellA2(), "Tạ Văn Hai", Gender.MALE, LONG_AGO);
        data.member(tree.cellB1(), "Tạ Thị Ba", Gender.FEMALE, LONG_AGO);
        data.member(tree.cellB1(), "Tạ Thị Bốn", Gender.FEMALE, LONG_AGO);
        data.member(tree.cellB2(), "Tạ Văn Năm", Gender.MALE, LONG_AGO);
        String ward = "Đảng bộ phường Hòa Bình " + p;
        String commune = "Đảng bộ xã An Phú " + p;
        String mergedName = "Đảng bộ xã Nghĩa Hưng " + p;
        fixtures.merge(List.of(tree.communeA(), tree.communeB()), p + "-AB", mergedName,
                OrganizationType.GRASSROOTS_COMMITTEE, tree.province(), merged);
        Page page = signIn(1280, 900, "/reports/membership", fixtures.user(Role.ORG_DEPARTMENT, tree.province()));
        assertThat(page.getByRole(AriaRole.HEADING, named("Tổng số đảng viên"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Theo tổ chức trực thuộc"))).isVisible();
        assertThat(count(page, mergedName)).hasText("5");
        Browser.screenshot(page, "membership-report");

        page.getByLabel("Ngày báo cáo", new Page.GetByLabelOptions().setExact(true))
                .fill(VietnameseDates.format(merged.minusDays(1)));
        page.getByLabel("Theo cơ cấu tổ chức tại ngày báo cáo").check();
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(count(page, ward)).hasText("2");
        assertThat(count(page, commune)).hasText("3");
        assertThat(page.getByRole(AriaRole.LINK, named(mergedName))).hasCount(0);
        Browser.screenshot(page, "membership-report-historical");

        page.getByLabel("Theo cơ cấu tổ chức hiện nay").check();
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(count(page, mergedName)).hasText("5");
        assertThat(page.getByRole(AriaRole.LINK, named(commune))).hasCount(0);
    }

    /** The count of members on the organization's line of the report. */
    private static Locator count(Page page, String organization) {
        return page.locator("tr").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.LINK,
                named(organization).setExact(true)))).locator("td").nth(1);
    }

    @Test
    void aCommitteeMergesTwoCellsThroughTheWizardAndSeesWhatMoves() {
        data.member(tree.cellB1(), "Dương Văn Tây", Gender.MALE, LONG_AGO);
        data.member(tree.cellB2(), "Dương Thị Nam", Gender.FEMALE, LONG_AGO);
        data.member(tree.cellB2(), "Dương Văn Nam", Gender.MALE, LONG_AGO);
        String merged = p + "-B-56";
        Page page = signIn(1280, 900, "/organizations/" + tree.cellB1(),
                fixtures.user(Role.ORG_DEPARTMENT, tree.province()));
        page.getByRole(AriaRole.LINK, named("Sắp xếp tổ chức")).click();
        page.getByLabel("Sáp nhập, hợp nhất").check();
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        String today = VietnameseDates.format(MutableClock.today());
        page.getByLabel("Ngày hiệu lực").fill(today);
        page.getByLabel("Văn bản quyết định").fill("Nghị quyết số 7-NQ/ĐU");
        page.getByLabel("Các tổ chức khác cùng sáp nhập").fill(tree.cellB2());
        page.getByLabel("Thành một tổ chức mới").check();
        page.getByLabel("Mã tổ chức").fill(merged);
        page.getByLabel("Tên tổ chức").fill("Chi bộ Thôn 5-6");
        page.getByLabel("Loại tổ chức").selectOption("CELL");
        page.getByLabel("Tổ chức cấp trên").fill(tree.communeB());
        Browser.screenshot(page, "restructuring-merge-form");
        page.getByRole(AriaRole.BUTTON, named("Xem trước")).click();
        assertThat(page.getByText("Thành lập tổ chức mới \"Chi bộ Thôn 5-6\" (" + merged + ")")).isVisible();
        assertThat(page.locator("main")).containsText("Chi bộ Thôn Tây " + p + " thôi tồn tại từ ngày " + today
                + " → Chi bộ Thôn 5-6\n0 tổ chức trực thuộc\n1 đảng viên");
        assertThat(page.locator("main")).containsText("Chi bộ Thôn Nam " + p + " thôi tồn tại từ ngày " + today
                + " → Chi bộ Thôn 5-6\n0 tổ chức trực thuộc\n2 đảng viên");
        Browser.screenshot(page, "restructuring-merge-preview");
        page.getByRole(AriaRole.BUTTON, named("Xác nhận sắp xếp")).click();
        Browser.screenshot(page, "restructuring-merge-done");
        assertThat(page.getByText("Tổ chức này không còn từ ngày " + today)).isVisible();
        page.getByRole(AriaRole.LINK, named("Chi bộ Thôn 5-6")).first().click();
        page.getByRole(AriaRole.LINK, named("Đảng viên")).last().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Đảng viên — Chi bộ Thôn 5-6"))).isVisible();
        // The three members of the two cells are counted in the new one.
        assertThat(page.getByText("Chính thức: 3 · Dự bị: 0")).isVisible();
    }
}
