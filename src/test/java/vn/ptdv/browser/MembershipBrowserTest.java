package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Formats;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.demo.DemoDays;

/** A committee keeps its members: the list, a new member, a transfer; a department reads the counts. */
class MembershipBrowserTest extends BrowserTest {
    @Test
    void aCommitteeRegistersAMemberAndRecordsATransfer() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/members", "hoabinh", "demo12345");
        assertThat(page.getByRole(AriaRole.HEADING, named("Đảng viên — Đảng bộ phường Hòa Bình"))).isVisible();
        Browser.screenshot(page, "members");

        page.navigate("http://localhost:" + port + "/members?organization=BM-P-HOABINH-KP02");
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
        page.getByLabel("Chi bộ chuyển đến").fill("BM-P-HOABINH-KP03");
        page.getByRole(AriaRole.BUTTON, named("Ghi biến động")).click();
        assertThat(page.getByText("Đã ghi biến động")).isVisible();
        assertThat(page.getByText("Chuyển sinh hoạt từ Chi bộ Khu phố 2 đến Chi bộ Khu phố 3")).isVisible();
        Browser.screenshot(page, "member");

        page.getByRole(AriaRole.LINK, named("Hồ sơ cá nhân").setExact(true)).last().click();
        assertThat(page.locator("#national-id")).hasText("0791******22");
        String personUrl = page.url();
        Browser.screenshot(page, "person");
        page.getByRole(AriaRole.BUTTON, named("Xem số CCCD đầy đủ")).click();
        assertThat(page.locator("#national-id")).hasText("079196001122");
        assertThat(page.getByText("Lần xem số đầy đủ này đã được ghi vào nhật ký.")).isVisible();
        Browser.screenshot(page, "person-national-id");

        page.navigate("http://localhost:" + port + "/people?q=truong thi bich ngoc");
        assertThat(page.getByRole(AriaRole.LINK, named("Trương Thị Bích Ngọc"))).isVisible();
        assertThat(page.getByText("0791******22")).isVisible();
        Browser.screenshot(page, "people");

        var phone = Browser.newContext(390, 844);
        try {
            Page small = Browser.signIn(phone, port, personUrl.replace("http://localhost:" + port, ""), "hoabinh",
                    "demo12345");
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
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/reports/membership", "bantochuc", "demo12345");
        assertThat(page.getByRole(AriaRole.HEADING, named("Tổng số đảng viên"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Theo tổ chức trực thuộc"))).isVisible();
        Browser.screenshot(page, "membership-report");

        page.getByLabel("Ngày báo cáo", new Page.GetByLabelOptions().setExact(true)).fill(DemoDays.shown(2025, 6, 30));
        page.getByLabel("Theo cơ cấu tổ chức tại ngày báo cáo").check();
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Đảng bộ xã Nghĩa Thịnh"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Đảng bộ xã Hưng Long"))).isVisible();
        Browser.screenshot(page, "membership-report-historical");

        page.getByLabel("Theo cơ cấu tổ chức hiện nay").check();
        page.getByRole(AriaRole.BUTTON, named("Xem")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Đảng bộ xã Nghĩa Hưng"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Đảng bộ xã Hưng Long"))).hasCount(0);
    }

    @Test
    void aCommitteeMergesTwoCellsThroughTheWizardAndSeesWhatMoves() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/organizations/BM-X-DONGSON-TH05", "bantochuc", "demo12345");
        page.getByRole(AriaRole.LINK, named("Sắp xếp tổ chức")).click();
        page.getByLabel("Sáp nhập, hợp nhất").check();
        page.getByRole(AriaRole.BUTTON, named("Tiếp tục")).click();
        String today = VietnameseDates.format(MutableClock.today());
        page.getByLabel("Ngày hiệu lực").fill(today);
        page.getByLabel("Văn bản quyết định").fill("Nghị quyết số 7-NQ/ĐU");
        page.getByLabel("Các tổ chức khác cùng sáp nhập").fill("BM-X-DONGSON-TH06");
        page.getByLabel("Thành một tổ chức mới").check();
        page.getByLabel("Mã tổ chức").fill("BM-X-DONGSON-TH56");
        page.getByLabel("Tên tổ chức").fill("Chi bộ Thôn 5-6");
        page.getByLabel("Loại tổ chức").selectOption("CELL");
        page.getByLabel("Tổ chức cấp trên").fill("BM-X-DONGSON");
        Browser.screenshot(page, "restructuring-merge-form");
        page.getByRole(AriaRole.BUTTON, named("Xem trước")).click();
        assertThat(page.getByText("Thành lập tổ chức mới \"Chi bộ Thôn 5-6\" (BM-X-DONGSON-TH56)")).isVisible();
        assertThat(page.locator("main").getByText("đảng viên").first()).isVisible();
        Browser.screenshot(page, "restructuring-merge-preview");
        page.getByRole(AriaRole.BUTTON, named("Xác nhận sắp xếp")).click();
        Browser.screenshot(page, "restructuring-merge-done");
        assertThat(page.getByText("Tổ chức này không còn từ ngày " + today)).isVisible();
        page.getByRole(AriaRole.LINK, named("Chi bộ Thôn 5-6")).first().click();
        page.getByRole(AriaRole.LINK, named("Đảng viên")).last().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Đảng viên — Chi bộ Thôn 5-6"))).isVisible();
    }
}
