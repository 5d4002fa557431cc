package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.DecidedDossiers;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A ward's committee sees the decided dossiers waiting for a ceremony with their last day, plans
 * a ceremony, adds the dossiers and holds it with one person absent; on a phone it finds the
 * ceremonies page and the dashboard's upcoming ceremonies.
 */
class CeremonyBrowserTest extends BrowserTest {
    @Autowired
    Api api;

    Fixtures.Tree tree;
    String ward;
    long present;
    /** The dossiers' and the ceremonies' dates, moved to the day the tests run on. */
    DecidedDossiers dossiers;
    long absent;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        String department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        dossiers = new DecidedDossiers(api, department, tree, tree.cellA1(), tree.cellA2()).onTheTestsDay();
        present = dossiers.decided("Hoàng Văn Dự Lễ", tree.cellA1(), "2026-10-20");
        absent = dossiers.decided("Bùi Thị Vắng Mặt", tree.cellA2(), "2026-10-21");
    }

    /** A ceremony held six days before the tests' day (10/11/2026 on the default day). */
    private String held() {
        return VietnameseDates.format(LocalDate.parse(dossiers.day("2026-11-10")));
    }

    /** A ceremony planned fifteen days after the tests' day (01/12/2026 on the default day). */
    private String planned() {
        return VietnameseDates.format(LocalDate.parse(dossiers.day("2026-12-01")));
    }

    private static LocalDate nextThirtiethOfApril() {
        LocalDate thisYear = LocalDate.of(MutableClock.today().getYear(), 4, 30);
        return thisYear.isBefore(MutableClock.today()) ? thisYear.plusYears(1) : thisYear;
    }

    @Test
    void aWardPlansACeremonyAddsItsDecidedDossiersAndHoldsItWithOnePersonAbsent() {
        Page page = signIn(1280, 900, "/ceremonies", ward);
        assertThat(page.getByRole(AriaRole.HEADING, named("Lễ kết nạp tập trung — Đảng bộ phường Hòa Bình " + tree.prefix())))
                .isVisible();
        Locator waiting = page.locator("#waiting");
        assertThat(waiting).containsText("Hoàng Văn Dự Lễ");
        assertThat(waiting).containsText("Bùi Thị Vắng Mặt");
        assertThat(page.locator("#calendar")).containsText("Ngày thành lập Đảng Cộng sản Việt Nam");
        Browser.screenshot(page, "ceremonies");

        page.getByLabel("Tên ngày kỷ niệm").fill("Ngày truyền thống phường");
        page.locator("#day").fill("31");
        page.locator("#month").fill("4");
        page.locator("#sinceYear").fill("1946");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#day-error")).containsText("Tháng 4 không có ngày 31");
        page.locator("#day").fill("30");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã thêm ngày kỷ niệm \"Ngày truyền thống phường\".")).isVisible();
        assertThat(page.locator("#calendar")).containsText(VietnameseDates.format(nextThirtiethOfApril()) + " Ngày truyền thống phường");

        page.getByLabel("Ngày tổ chức lễ").fill(held());
        page.getByRole(AriaRole.BUTTON, named("Lên kế hoạch lễ kết nạp")).click();
        assertThat(page.locator("#place-error")).containsText("Bắt buộc");
        page.getByLabel("Địa điểm").fill("Hội trường Đảng ủy phường");
        page.getByLabel("Tên buổi lễ").fill("Lễ kết nạp đợt tháng 11");
        page.getByRole(AriaRole.BUTTON, named("Lên kế hoạch lễ kết nạp")).click();
        assertThat(page.getByText("Đã lên kế hoạch lễ kết nạp ngày " + held() + ".")).isVisible();

        page.locator("#dossier-" + present).check();
        page.locator("#dossier-" + absent).check();
        page.getByRole(AriaRole.BUTTON, named("Thêm các hồ sơ đã chọn")).click();
        assertThat(page.getByText("Đã thêm 2 hồ sơ vào buổi lễ.")).isVisible();

        page.locator("#absent-" + absent).check();
        page.getByRole(AriaRole.BUTTON, named("Ghi lễ đã tổ chức")).click();
        assertThat(page.locator("#form-errors")).containsText("Lý do vắng mặt");
        assertThat(page.locator("#ceremony-status")).hasText("Đã lên kế hoạch");
        page.locator("#absent-" + absent).check();
        page.locator("#reason-" + absent).fill("Đi công tác");
        page.getByRole(AriaRole.BUTTON, named("Ghi lễ đã tổ chức")).click();
        assertThat(page.getByText("Đã ghi lễ kết nạp ngày " + held())).isVisible();
        assertThat(page.locator("#ceremony-status")).hasText("Đã tổ chức");
        Locator persons = page.locator("#persons");
        assertThat(persons.locator("tr", new Locator.LocatorOptions().setHasText("Hoàng Văn Dự Lễ"))).containsText("Có mặt");
        assertThat(persons.locator("tr", new Locator.LocatorOptions().setHasText("Bùi Thị Vắng Mặt")))
                .containsText("Vắng mặt — Đi công tác");
        Browser.screenshot(page, "ceremony-held");

        open(page, "/dossiers/" + present);
        assertThat(page.locator("body")).containsText(held());

        open(page, "/ceremonies");
        page.getByRole(AriaRole.LINK, named("Sổ đảng viên dự bị")).click();
        Locator register = page.locator("#register");
        assertThat(register.locator("tr", new Locator.LocatorOptions().setHasText("Hoàng Văn Dự Lễ")))
                .containsText(held());
        assertThat(register).not().containsText("Bùi Thị Vắng Mặt");
        assertThat(page.getByRole(AriaRole.LINK, named("Xuất Excel"))).isVisible();
        Browser.screenshot(page, "probation-register");
    }

    @Test
    void onAPhoneTheWardFindsItsCeremoniesAndTheDashboardShowsTheUpcomingOne() {
        Page page = signIn(390, 844, "/ceremonies", ward);
        page.getByLabel("Ngày tổ chức lễ").fill(planned());
        page.getByLabel("Địa điểm").fill("Nhà văn hóa khu phố");
        page.getByLabel("Nhân dịp").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("2/9 — Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam"));
        page.getByRole(AriaRole.BUTTON, named("Lên kế hoạch lễ kết nạp")).click();
        assertThat(page.getByText("Đã lên kế hoạch lễ kết nạp ngày " + planned() + ".")).isVisible();
        assertThat(page.getByText("Buổi lễ ngày " + planned() + " chưa đến")).isVisible();
        page.locator("#dossier-" + present).check();
        page.getByRole(AriaRole.BUTTON, named("Thêm các hồ sơ đã chọn")).click();
        assertThat(page.getByText("Đã thêm 1 hồ sơ vào buổi lễ.")).isVisible();
        page.getByRole(AriaRole.BUTTON, named("Bỏ Hoàng Văn Dự Lễ khỏi buổi lễ")).click();
        assertThat(page.getByText("Đã bỏ hồ sơ khỏi buổi lễ")).isVisible();
        assertThat(page.locator("#persons")).hasCount(0);
        page.locator("#dossier-" + present).check();
        page.getByRole(AriaRole.BUTTON, named("Thêm các hồ sơ đã chọn")).click();
        assertThat(page.getByText("Đã thêm 1 hồ sơ vào buổi lễ.")).isVisible();
        Browser.screenshot(page, "ceremony-phone");

        page.getByRole(AriaRole.LINK, named("Về danh sách lễ kết nạp")).click();
        assertThat(page.locator("#upcoming")).containsText(planned());
        Browser.screenshot(page, "ceremonies-phone");

        open(page, "/");
        Locator block = page.locator("#planned-ceremonies");
        assertThat(block).containsText(planned() + " — Lễ kết nạp đảng viên nhân dịp Ngày Quốc khánh");
        assertThat(block).containsText("1 người");
        Browser.screenshot(page, "dashboard-ceremonies-phone");

        open(page, "/reports/probation-register");
        // The introducers registered with their admission are there; the planned ceremony's person is not yet.
        assertThat(page.locator("#register")).containsText("01/03/2010");
        assertThat(page.locator("#register")).not().containsText("Hoàng Văn Dự Lễ");
        Browser.screenshot(page, "probation-register-phone");
    }
}
