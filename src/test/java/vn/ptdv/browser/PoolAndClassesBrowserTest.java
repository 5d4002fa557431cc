package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/** A commune keeps its pool and runs an awareness class: list a prospect, enroll, record certificates, print. */
class PoolAndClassesBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();

    Fixtures.Tree tree;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
    }

    @Test
    void aCommitteeListsAProspectWithAMentorAndRecordsProgress() {
        LocalDate surveyed = TODAY.minusMonths(10);
        data.survey(tree.communeA(), surveyed);
        data.officialMember(tree.cellA1(), "Lý Văn Kèm");
        data.prospect(tree.cellA1(), "Mạc Thị Sẵn", TODAY.minusMonths(8), null);
        Page page = signIn(1280, 900, "/prospects", fixtures.user(Role.COMMITTEE, tree.communeA()));
        assertThat(page.getByRole(AriaRole.HEADING, named("Nguồn kết nạp — Đảng bộ phường Hòa Bình " + tree.prefix())))
                .isVisible();
        assertThat(page.getByText("Khảo sát ngày " + VietnameseDates.format(surveyed))).isVisible();
        Locator list = page.locator("table.table-hover tbody tr");
        assertThat(list).hasCount(1);
        assertThat(list).containsText("Mạc Thị Sẵn");
        Browser.screenshot(page, "pool");

        page.getByRole(AriaRole.LINK, named("Thêm vào nguồn")).click();
        page.getByLabel("Họ và tên").fill("Đinh Thị Thu Trang");
        page.getByLabel("Ngày sinh").fill("21/04/2001");
        page.getByLabel("Nữ", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Tổ chức nơi cư trú").fill(tree.cellA1());
        page.getByLabel("Tổ chức có nguồn").fill(tree.cellA1());
        page.getByLabel("Nguồn giới thiệu").selectOption("YOUTH_UNION");
        page.getByLabel("Đoàn viên").check();
        page.getByLabel("Trí thức trẻ").check();
        Browser.pickMember(page, "Đảng viên giúp đỡ", "Lý Văn Kèm");
        Browser.screenshot(page, "prospect-form");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã đưa Đinh Thị Thu Trang vào nguồn kết nạp.")).isVisible();
        assertThat(page.getByText("Lý Văn Kèm").first()).isVisible();

        page.getByLabel("Chuyển trạng thái", new Page.GetByLabelOptions().setExact(true)).selectOption("LEFT");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#leftReason-error")).containsText("Bắt buộc nhập");
        page.getByLabel("Chuyển trạng thái", new Page.GetByLabelOptions().setExact(true)).selectOption("");
        page.getByLabel("Ghi nhận tiến bộ").fill("Tích cực tham gia hoạt động Đoàn phường.");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Tích cực tham gia hoạt động Đoàn phường.")).isVisible();
        Browser.screenshot(page, "prospect");
    }

    @Test
    void aCommitteeOpensAClassEnrollsFromThePoolAndPrintsTheList() {
        LocalDate today = TODAY;
        LocalDate earlier = today.minusYears(1);
        int year = earlier.getYear();
        String commune = "Đảng bộ xã An Phú " + tree.prefix();
        data.awarenessClass(tree.communeB(), "Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year + " — " + commune,
                earlier, earlier.plusDays(4));
        data.prospect(tree.cellB1(), "Kiều Văn Học", today.minusMonths(6), null);
        data.prospect(tree.cellB2(), "Kiều Thị Học", today.minusMonths(5), null);
        Page page = signIn(1280, 900, "/classes?organization=" + tree.communeB() + "&year=" + year,
                fixtures.user(Role.COMMITTEE, tree.communeB()));
        assertThat(page.getByRole(AriaRole.LINK, named("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year
                + " — " + commune))).isVisible();
        String start = VietnameseDates.format(today.minusDays(6));
        String end = VietnameseDates.format(today.minusDays(2));
        Browser.screenshot(page, "classes");

        page.getByRole(AriaRole.LINK, named("Mở lớp")).click();
        page.getByLabel("Tên lớp").fill("Lớp bồi dưỡng nhận thức về Đảng khóa III");
        page.getByLabel("Ngày khai giảng").fill(start);
        page.getByLabel("Ngày bế giảng").fill(VietnameseDates.format(today.minusDays(7)));
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#endDate-error")).containsText("từ ngày khai giảng (" + start + ")");
        page.getByLabel("Ngày bế giảng").fill(end);
        page.getByLabel("Địa điểm").fill("Nhà văn hóa xã An Phú");
        // The two candidates of the commune's pool are offered.
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã mở lớp \"Lớp bồi dưỡng nhận thức về Đảng khóa III\".")).isVisible();

        assertThat(page.locator("input[name=personIds]")).hasCount(2);
        page.getByLabel("Kiều Văn Học").check();
        page.getByLabel("Kiều Thị Học").check();
        page.getByRole(AriaRole.BUTTON, named("Ghi danh")).click();
        assertThat(page.getByText("Đã ghi danh 2 học viên.")).isVisible();

        page.locator("input[type=checkbox][name$='.completed']").first().check();
        page.locator("input[name$='.certificateNumber']").first().fill("GCN-AP-2026-01");
        page.locator("input[name$='.certificateDate']").first().fill(VietnameseDates.format(today.minusDays(15)));
        page.getByRole(AriaRole.BUTTON, named("Lưu kết quả")).click();
        assertThat(page.getByText("không cấp trước ngày bế giảng (" + end + ")").first()).isVisible();
        Browser.screenshot(page, "class-results-error");
        page.locator("input[name$='.certificateDate']").first().fill(VietnameseDates.format(today));
        page.getByRole(AriaRole.BUTTON, named("Lưu kết quả")).click();
        assertThat(page.getByText("Đã lưu kết quả học viên.")).isVisible();
        Browser.screenshot(page, "class");

        page.getByRole(AriaRole.LINK, named("In danh sách học viên")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("DANH SÁCH HỌC VIÊN"))).isVisible();
        assertThat(page.getByText("GCN-AP-2026-01")).isVisible();
        assertThat(page.getByText("Kiều Văn Học")).isVisible();
        assertThat(page.getByText("Kiều Thị Học")).isVisible();
        Browser.screenshot(page, "class-print");
    }
}
