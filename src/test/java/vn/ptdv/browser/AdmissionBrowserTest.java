package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.support.Browser;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.BrowserTest;

/**
 * A ward's committee works its admission dossiers: the worklist with what is overdue, opening a
 * dossier from the pool, recording steps with the form of each, a refusal quoting the rule and
 * its article, a late decision with its warning, a correction, the printout; an administrator
 * keeps the year's days off.
 */
class AdmissionBrowserTest extends BrowserTest {
    @Test
    void aCommitteeOpensADossierFromThePoolAndRecordsItsFirstSteps() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/prospects?organization=BM-P-HOABINH-KP05", "hoabinh", "demo12345");
        page.locator("table tbody tr a").first().click();
        page.getByRole(AriaRole.LINK, named("Lập hồ sơ kết nạp")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Lập hồ sơ kết nạp"))).isVisible();
        assertThat(page.getByLabel("Chi bộ")).hasValue("BM-P-HOABINH-KP05");
        page.getByRole(AriaRole.BUTTON, named("Lập hồ sơ")).click();
        assertThat(page.getByText("Đã lập hồ sơ kết nạp của")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Đơn xin vào Đảng"))).isVisible();

        page.getByLabel("Ngày thực hiện").fill("");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.locator("#date-error")).containsText("Bắt buộc nhập");
        page.getByLabel("Ngày thực hiện").fill(VietnameseDates.format(MutableClock.today().minusDays(14)));
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Đơn xin vào Đảng\".")).isVisible();

        // Two introducers are needed: one alone is refused with the Charter's article, and nothing is stored.
        page.getByRole(AriaRole.LINK, exactly("Giới thiệu người vào Đảng")).click();
        page.getByLabel("Ngày thực hiện").fill(VietnameseDates.format(MutableClock.today().minusDays(7)));
        page.getByLabel("Người giới thiệu 1").selectOption(new SelectOption().setIndex(1));
        page.locator("#intro0-since").fill("01/01/2020");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        Locator refusal = page.locator("#rule-violations");
        assertThat(refusal).containsText("Cần hai đảng viên chính thức giới thiệu");
        assertThat(refusal).containsText("R-INTRO-COUNT — Điều lệ Đảng (2011), Điều 4");
        Browser.screenshot(page, "dossier-refused");
        page.getByLabel("Người giới thiệu 2").selectOption(new SelectOption().setIndex(2));
        page.locator("#intro1-since").fill("15/06/2021");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Giới thiệu người vào Đảng\".")).isVisible();
        assertThat(page.locator(".timeline-done")).hasCount(2);
        Browser.screenshot(page, "dossier-new");
    }

    @Test
    void theWorklistShowsWhatIsOverdueAndALateDecisionIsRecordedWithItsWarningThenCorrected() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/dossiers", "hoabinh", "demo12345");
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Đảng bộ phường Hòa Bình"))).isVisible();
        Locator overdueRow = page.locator("tr.table-danger");
        assertThat(overdueRow).hasCount(1);
        assertThat(overdueRow).containsText("Quyết định kết nạp");
        assertThat(page.getByText("Đủ 12 tháng dự bị ngày")).isVisible();
        Browser.screenshot(page, "dossiers-worklist");

        page.getByLabel("Chỉ hồ sơ cần chú ý").check();
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.locator("tr.table-danger")).hasCount(1);
        assertThat(page.getByText("Đủ 12 tháng dự bị ngày")).isVisible();

        overdueRow.locator("a").click();
        assertThat(page.locator(".alert-danger")).containsText("Quá hạn bước \"Quyết định kết nạp\"");
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Quyết định kết nạp"))).isVisible();
        page.getByLabel("Số quyết định").fill("245-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Quyết định kết nạp\".")).isVisible();
        Locator findings = page.locator("section[aria-labelledby=findings-heading]");
        assertThat(findings).containsText("Quyết định sau hạn");
        assertThat(findings).containsText("R-DECISION-60WD — Quy định số 294-QĐ/TW");
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Lễ kết nạp"))).isVisible();
        Browser.screenshot(page, "dossier-late-decision");

        page.getByRole(AriaRole.LINK, named("Sửa bước Quyết định kết nạp")).click();
        page.getByLabel("Số quyết định").fill("246-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, named("Lưu bản sửa")).click();
        assertThat(page.locator("#correctionReason-error")).containsText("Bắt buộc nhập");
        page.getByLabel("Lý do sửa").fill("Ghi nhầm số quyết định");
        Browser.screenshot(page, "dossier-correction");
        page.getByRole(AriaRole.BUTTON, named("Lưu bản sửa")).click();
        assertThat(page.getByText("Bản sửa, lý do: Ghi nhầm số quyết định")).isVisible();
        assertThat(page.locator("tr.text-decoration-line-through")).containsText("Số 245-QĐ/ĐU");
        Browser.screenshot(page, "dossier");

        page.getByRole(AriaRole.LINK, named("In tóm tắt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("TÓM TẮT HỒ SƠ KẾT NẠP ĐẢNG VIÊN"))).isVisible();
        assertThat(page.getByText("Số 246-QĐ/ĐU")).isVisible();
        Browser.screenshot(page, "dossier-print");

        // A recognized member's dossier shows the party age, counted from the date of the admission decision.
        page.navigate("http://localhost:" + port + "/dossiers?state=OFFICIAL");
        page.locator("table tbody tr a").first().click();
        assertThat(page.getByText("Tuổi đảng:")).containsText(java.util.regex.Pattern.compile(
                "Tuổi đảng: \\d+ năm, tính từ ngày quyết định kết nạp \\d{2}/\\d{2}/\\d{4}"));
        Browser.screenshot(page, "dossier-official");
    }

    @Test
    void aCellSecretaryFollowsADossierOnAPhoneButDoesNotRecordTheCommitteesSteps() {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/dossiers?state=PROBATION", "bithu.kp1", "demo12345");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        Browser.screenshot(page, "dossiers-phone");
        page.locator("table tbody tr a").first().click();
        assertThat(page.getByText("Đảng viên dự bị").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Lớp bồi dưỡng đảng viên mới"))).isVisible();
        Browser.screenshot(page, "dossier-phone");

        page.navigate("http://localhost:" + port + "/dossiers?state=PREPARING");
        page.locator("table tbody tr a").first().click();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Giới thiệu người vào Đảng"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Thẩm tra lý lịch"))).hasCount(0);
    }

    @Test
    void anAdministratorKeepsTheYearsDaysOff() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/settings/holidays?year=2027", "admin", "admin-secret-1");
        Browser.screenshot(page, "holidays-2027");
        assertThat(page.getByText("Năm 2027 chưa nhập lịch chính thức")).isVisible();
        assertThat(page.getByText("Tết Nguyên đán").first()).isVisible();
        page.locator("#date").fill("08/02/2027");
        page.getByLabel("Loại ngày").selectOption("WORKING_DAY");
        page.locator("#name").fill("Làm bù");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#kind-error")).containsText("không phải thứ Bảy hay Chủ nhật");
        page.locator("#date").fill("30/01/2027");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã lưu ngày 30/01/2027 vào lịch.")).isVisible();
        Browser.screenshot(page, "holidays");
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText("Ngày làm bù"))).hasCount(1);
        Browser.screenshot(page, "holidays");
    }
}
