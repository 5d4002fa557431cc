package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/** A department creates an account for a cell secretary, who signs in and changes the password. */
class AccountsBrowserTest extends BrowserTest {
    @Test
    void aDepartmentCreatesAnAccountThatSignsInAndChangesItsPassword() {
        Fixtures.Tree tree = fixtures.tree();
        String department = fixtures.user(Role.ORG_DEPARTMENT, tree.province(), "Nguyễn Thị Lan");
        String ward = fixtures.user(Role.COMMITTEE, tree.communeA(), "Lê Minh Tuấn");
        // The province's own accounts only: none of the other tests' provinces.
        String secretary = "bithu." + tree.prefix().toLowerCase();
        data.term("NK-" + tree.prefix(), MutableClock.today().minusYears(1));
        Page page = signIn(1280, 900, "/", department);
        assertThat(page.getByRole(AriaRole.HEADING, named("Xin chào, Nguyễn Thị Lan"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Tiến độ năm " + MutableClock.today().getYear()
                + " của các tổ chức trực thuộc"))).isVisible();
        Browser.screenshot(page, "home");

        page.getByRole(AriaRole.LINK, named("Tài khoản").setExact(true)).click();
        assertThat(page.getByText("Các tài khoản trong phạm vi của đồng chí: 2")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(ward))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named(department))).isVisible();
        Browser.screenshot(page, "accounts");

        page.getByRole(AriaRole.LINK, named("Tạo tài khoản")).click();
        page.getByLabel("Tên đăng nhập").fill(secretary);
        page.getByLabel("Họ và tên").fill("Hoàng Văn Nam");
        page.getByLabel("Vai trò").selectOption("CELL_SECRETARY");
        page.getByLabel("Tổ chức của tài khoản").fill(tree.communeB());
        page.getByLabel("Mật khẩu").first().fill("tam-thoi-123");
        page.getByLabel("Nhập lại mật khẩu").fill("tam-thoi-123");
        page.getByRole(AriaRole.BUTTON, named("Tạo tài khoản")).click();
        assertThat(page.locator("#organizationCode-error")).containsText("Bí thư chi bộ phải thuộc một chi bộ");
        Browser.screenshot(page, "account-create-error");

        page.getByLabel("Tổ chức của tài khoản").fill(tree.cellB1());
        page.getByLabel("Mật khẩu").first().fill("tam-thoi-123");
        page.getByLabel("Nhập lại mật khẩu").fill("tam-thoi-123");
        page.getByRole(AriaRole.BUTTON, named("Tạo tài khoản")).click();
        assertThat(page.getByText("Đã tạo tài khoản " + secretary + ".")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hoàng Văn Nam"))).isVisible();

        page.getByLabel("Mật khẩu mới").fill("dat-lai-456");
        page.getByLabel("Nhập lại mật khẩu").fill("dat-lai-456");
        page.getByRole(AriaRole.BUTTON, named("Đặt lại mật khẩu")).click();
        assertThat(page.getByText("Đã đặt lại mật khẩu của tài khoản " + secretary)).isVisible();
        Browser.screenshot(page, "account-details");

        page.getByRole(AriaRole.LINK, named("Nhật ký")).click();
        Locator entries = page.locator("table.audit-table");
        assertThat(entries).containsText("Tạo tài khoản");
        assertThat(entries).containsText("Đặt lại mật khẩu");
        assertThat(entries).containsText(secretary);
        Browser.screenshot(page, "audit");

        page.getByRole(AriaRole.BUTTON, named("Nguyễn Thị Lan")).click();
        page.getByRole(AriaRole.BUTTON, named("Đăng xuất")).click();
        assertThat(page.getByText("Đồng chí đã đăng xuất.")).isVisible();
        page.getByLabel("Tên đăng nhập").fill(secretary);
        page.getByLabel("Mật khẩu").fill("dat-lai-456");
        page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Xin chào, Hoàng Văn Nam"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Tài khoản").setExact(true))).hasCount(0);

        page.getByRole(AriaRole.BUTTON, named("Hoàng Văn Nam")).click();
        page.getByRole(AriaRole.LINK, named("Đổi mật khẩu")).click();
        page.getByLabel("Mật khẩu hiện tại").fill("sai-roi-000");
        page.getByLabel("Mật khẩu mới").fill("cua-toi-789");
        page.getByLabel("Nhập lại mật khẩu").fill("cua-toi-789");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#currentPassword-error")).hasText("Mật khẩu hiện tại không đúng.");
        Browser.screenshot(page, "password-change-error");
        page.getByLabel("Mật khẩu hiện tại").fill("dat-lai-456");
        page.getByLabel("Mật khẩu mới").fill("cua-toi-789");
        page.getByLabel("Nhập lại mật khẩu").fill("cua-toi-789");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã đổi mật khẩu.")).isVisible();
    }

    @Test
    void theLoginPageExplainsAWrongPassword() {
        context = Browser.newContext(390, 844);
        String viewer = fixtures.user(Role.VIEWER, fixtures.tree().province());
        Page page = Browser.signIn(context, port, "/", viewer, "khong-dung-1");
        assertThat(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).isVisible();
        Browser.screenshot(page, "login-error-phone");
    }
}
