package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.Sheets;

/**
 * A commune's organization department searches the audit log of its commune: by kind and account,
 * a malformed date refused under its field, the result exported to Excel — at desktop and phone width.
 */
class AuditSearchBrowserTest extends BrowserTest {
    @Autowired
    Fixtures fixtures;

    String department;
    String committee;

    @BeforeEach
    void setUp() {
        Fixtures.Tree tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.communeA());
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    private void search(int width, int height, String suffix) {
        context = Browser.newContext(width, height);
        // A wrong password of the commune's committee: the entry the department looks for.
        Page login = Browser.signIn(context, port, "/", committee, "mat-khau-sai-1");
        assertThat(login.getByText("Tên đăng nhập hoặc mật khẩu không đúng")).isVisible();
        login.close();

        Page page = Browser.signIn(context, port, "/", department, Fixtures.PASSWORD);
        if (width < 992) {
            page.locator(".navbar-toggler").click();
            // The menu opens with a transition; a link clicked while it still slides open is not followed.
            assertThat(page.locator("#nav-main")).hasClass(java.util.regex.Pattern.compile("(^|\\s)show(\\s|$)"));
        }
        page.getByRole(AriaRole.LINK, named("Nhật ký")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Nhật ký thao tác"))).isVisible();

        page.getByLabel("Từ ngày").fill("31/02/2026");
        page.getByRole(AriaRole.BUTTON, named("Lọc").setExact(true)).click();
        assertThat(page.locator("#form-errors")).containsText("Từ ngày: ngày \"31/02/2026\" không có thật");
        Browser.screenshot(page, "audit-search-error" + suffix);

        page.getByLabel("Từ ngày").fill("");
        page.getByLabel("Loại thao tác").selectOption("LOGIN_FAILED");
        page.getByLabel("Tài khoản").fill(committee);
        page.getByRole(AriaRole.BUTTON, named("Lọc").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.TABLE).getByText("Đăng nhập sai tên hoặc mật khẩu")).hasCount(1);
        assertThat(page.getByRole(AriaRole.TABLE).getByText(committee).first()).isVisible();
        Browser.screenshot(page, "audit-search" + suffix);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Xuất Excel")).click());
        List<List<String>> rows = Sheets.rowsBelow(readAll(download), "Thời gian");
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(rows.get(0)).contains(committee, "Đăng nhập sai tên hoặc mật khẩu");
    }

    private static byte[] readAll(Download download) {
        try {
            return java.nio.file.Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aCommunesDepartmentFindsAFailedLoginOfItsCommuneAndExportsIt() {
        search(1280, 900, "");
    }

    @Test
    void theAuditSearchWorksOnAPhone() {
        search(390, 844, "-phone");
    }
}
