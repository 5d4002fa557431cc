package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ptdv.support.Browser;
import vn.ptdv.support.DemoApplicationTest;

/**
 * The one browser test on the demo installation, because the demo is what it is about: every
 * demo account the README lists signs in with the README's password and lands on its dashboard,
 * under the "Dữ liệu minh họa" label. The other browser tests build their own data.
 */
@DemoApplicationTest
@Tag("browser")
class DemoAccountsBrowserTest {
    /** The README's demo accounts and the names they greet with. */
    static final Map<String, String> ACCOUNTS = Map.of("bantochuc", "Nguyễn Thị Lan", "khoicq", "Trần Văn Hùng",
            "hoabinh", "Lê Minh Tuấn", "anphu", "Phạm Thị Hoa", "bithu.kp1", "Võ Văn Bình", "theodoi", "Đặng Thu Trang");

    @LocalServerPort
    int port;

    @Test
    void everyDemoAccountOfTheReadmeSignsInAndLandsOnItsDashboard() {
        ACCOUNTS.forEach((username, name) -> {
            try (BrowserContext context = Browser.newContext(1280, 900)) {
                Page page = Browser.signIn(context, port, "/", username, "demo12345");
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xin chào, " + name)))
                        .isVisible();
                assertThat(page.getByText("Dữ liệu minh họa")).isVisible();
                if (username.equals("bantochuc")) {
                    Browser.screenshot(page, "demo-dashboard");
                }
            }
        });
        try (BrowserContext phone = Browser.newContext(390, 844)) {
            Page page = Browser.signIn(phone, port, "/", "admin", "admin-secret-1");
            assertThat(page.getByText("Dữ liệu minh họa")).isVisible();
            Browser.screenshot(page, "demo-admin-phone");
        }
    }
}
