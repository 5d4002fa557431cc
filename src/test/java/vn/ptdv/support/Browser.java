package vn.ptdv.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright (no browser download), started once for the whole run.
 * Screenshots go to {@code target/screenshots/}.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of(System.getProperty("ptdv.test.chromium", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    private Browser() {
    }

    private static synchronized com.microsoft.playwright.Browser browser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)");
        if (browser == null) {
            // The longest an assertion waits for its condition: pages answer slower on a loaded CI machine.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A fresh browser context (no cookies) with a desktop or phone-sized window, speaking Vietnamese. */
    public static BrowserContext newContext(int width, int height) {
        return browser().newContext(new NewContextOptions().setViewportSize(width, height).setLocale("vi-VN"));
    }

    /** Opens the application's login page in a fresh context and signs in. */
    public static Page signIn(BrowserContext context, int port, String path, String username, String password) {
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + path);
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        return page;
    }

    /**
     * Picks a member in a member picker (mentor, introducer, cadre) as a user does: types the name in
     * the picker's search box, which chooses the first member it matches.
     */
    public static void pickMember(Page page, String label, String name) {
        Locator select = page.getByLabel(label).and(page.locator("select"));
        page.locator("#" + select.getAttribute("id") + "-search").fill(name);
        PlaywrightAssertions.assertThat(select.locator("option:checked")).containsText(name);
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
