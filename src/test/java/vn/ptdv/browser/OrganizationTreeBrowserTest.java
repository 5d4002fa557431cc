package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ptdv.support.Browser;
import vn.ptdv.support.DemoApplicationTest;

/** A department officer uses the tree in a real browser, on a desktop and on a phone. */
@DemoApplicationTest
@Tag("browser")
class OrganizationTreeBrowserTest {
    @LocalServerPort
    int port;

    BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private Page signIn(int width, int height, String username) {
        context = Browser.newContext(width, height);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/organizations");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill("demo12345");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cây tổ chức đảng")))
                .isVisible();
        return page;
    }

    @Test
    void anOfficerSignsInOpensACommuneInTheTreeAndSearchesWithoutAccents() {
        Page page = signIn(1280, 900, "bantochuc");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByText("Dữ liệu minh họa")).isVisible();

        Locator commune = page.locator("summary", new Page.LocatorOptions().setHasText("Đảng bộ phường Hòa Bình"));
        commune.click(new Locator.ClickOptions().setPosition(4, 8));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chi bộ Khu phố 1").setExact(true)))
                .isVisible();
        Browser.screenshot(page, "organization-tree");

        page.getByLabel("Tìm tổ chức theo tên hoặc mã").fill("hoa binh");
        page.getByLabel("Tìm tổ chức theo tên hoặc mã").press("Enter");
        assertThat(page.getByText("Có 2 tổ chức khớp với \"hoa binh\"")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng bộ phường Hòa Bình")))
                .isVisible();
        Browser.screenshot(page, "organization-search");
    }

    @Test
    void theTreeOpensWithTheKeyboard() {
        Page page = signIn(1280, 900, "anphu");
        Locator firstCell = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chi bộ Thôn 1").setExact(true));
        assertThat(firstCell).isVisible();
        firstCell.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chi bộ Thôn 1"))).isVisible();
        assertThat(page.getByText("Đảng bộ xã An Phú").first()).isVisible();
    }

    @Test
    void aCommitteeAddsACellWithTheFormAndSeesWhatWasWrongFirst() {
        Page page = signIn(1280, 900, "hoabinh");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đảng bộ phường Hòa Bình")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm tổ chức trực thuộc")).click();

        page.getByLabel("Mã tổ chức").fill("BM-P-HOABINH-KP99");
        page.getByLabel("Tên tổ chức").fill("Chi bộ Khu phố 99");
        page.getByLabel("Loại tổ chức").selectOption("CELL");
        page.getByLabel("Loại hình chi bộ").selectOption("RESIDENTIAL");
        page.getByLabel("Ngày thành lập").fill("31/02/2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByText("Chưa lưu được: có 1 lỗi")).isVisible();
        assertThat(page.getByText("Ngày \"31/02/2021\" không có thật: tháng 2 năm 2021 chỉ có 28 ngày.")).isVisible();
        assertThat(page.getByLabel("Tên tổ chức")).hasValue("Chi bộ Khu phố 99");
        Browser.screenshot(page, "organization-form-error");

        page.getByLabel("Ngày thành lập").fill("15/03/2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByText("Đã thêm tổ chức \"Chi bộ Khu phố 99\".")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chi bộ Khu phố 99"))).isVisible();
        assertThat(page.getByText("15/03/2024").first()).isVisible();
        Browser.screenshot(page, "organization-created");
    }

    @Test
    void theTreeFitsAPhoneScreen() {
        Page page = signIn(390, 844, "bantochuc");
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(page, "organization-tree-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hoặc đóng trình đơn")).click();
        assertThat(page.locator("#nav-main.show")).isVisible();
        page.locator("#nav-main:not(.collapsing)").waitFor();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ chức đảng"))).isVisible();
        Browser.screenshot(page, "navigation-phone");
    }
}
