package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.demo.DemoDays;
import vn.ptdv.support.MutableClock;

/** A commune keeps its pool and runs an awareness class: list a prospect, enroll, record certificates, print. */
class PoolAndClassesBrowserTest extends BrowserTest {
    @Test
    void aCommitteeListsAProspectWithAMentorAndRecordsProgress() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/prospects", "hoabinh", "demo12345");
        assertThat(page.getByRole(AriaRole.HEADING, named("Nguồn kết nạp — Đảng bộ phường Hòa Bình"))).isVisible();
        assertThat(page.getByText("Khảo sát ngày " + DemoDays.shown(2026, 1, 15))).isVisible();
        Browser.screenshot(page, "pool");

        page.getByRole(AriaRole.LINK, named("Thêm vào nguồn")).click();
        page.getByLabel("Họ và tên").fill("Đinh Thị Thu Trang");
        page.getByLabel("Ngày sinh").fill("21/04/2001");
        page.getByLabel("Nữ", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Tổ chức nơi cư trú").fill("BM-P-HOABINH-KP01");
        page.getByLabel("Tổ chức có nguồn").fill("BM-P-HOABINH-KP01");
        page.getByLabel("Nguồn giới thiệu").selectOption("YOUTH_UNION");
        page.getByLabel("Đoàn viên").check();
        page.getByLabel("Trí thức trẻ").check();
        page.getByLabel("Đảng viên giúp đỡ").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        Browser.screenshot(page, "prospect-form");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã đưa Đinh Thị Thu Trang vào nguồn kết nạp.")).isVisible();

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
        context = Browser.newContext(1280, 900);
        int year = DemoDays.year(2025, 9, 8);
        Page page = Browser.signIn(context, port, "/classes?organization=BM-X-ANPHU&year=" + year, "anphu", "demo12345");
        assertThat(page.getByRole(AriaRole.LINK, named("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year
                + " — Đảng bộ xã An Phú"))).isVisible();
        LocalDate today = MutableClock.today();
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
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã mở lớp \"Lớp bồi dưỡng nhận thức về Đảng khóa III\".")).isVisible();

        page.locator("input[name=personIds]").first().check();
        page.locator("input[name=personIds]").nth(1).check();
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
        Browser.screenshot(page, "class-print");
    }
}
