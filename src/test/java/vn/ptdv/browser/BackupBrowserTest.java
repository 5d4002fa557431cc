package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ptdv.support.Browser;
import vn.ptdv.support.TestSupportConfig;

/** An administrator backs up the embedded database from "Sao lưu" in the account menu and gets a zip. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
@Tag("browser")
class BackupBrowserTest {
    private static final Path DATA = temporaryFolder();

    @LocalServerPort
    int port;
    BrowserContext context;

    @DynamicPropertySource
    static void onAFileDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("ptdv")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void anAdministratorDownloadsABackupOnADesktop() throws IOException {
        context = Browser.newContext(1280, 900);
        List<String> refusedByPolicy = new CopyOnWriteArrayList<>();
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        Page page = Browser.signIn(context, port, "/", "admin", "admin-secret-1");
        page.getByRole(AriaRole.BUTTON, named("Quản trị hệ thống")).click();
        page.getByRole(AriaRole.LINK, named("Sao lưu")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Sao lưu cơ sở dữ liệu"))).isVisible();
        Browser.screenshot(page, "backup");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, named("Sao lưu")).click());
        assertThat(download.suggestedFilename()).startsWith("ptdv-sao-luu-").endsWith(".zip");
        assertThat(Files.size(download.path())).isGreaterThan(1000);
        // Every script of the layout (Bootstrap's menu, htmx, the application's) ran under the policy.
        assertThat(refusedByPolicy).isEmpty();
    }

    @Test
    void theBackupPageFitsAPhone() {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/settings/backup", "admin", "admin-secret-1");
        assertThat(page.getByRole(AriaRole.HEADING, named("Sao lưu cơ sở dữ liệu"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, named("Sao lưu"))).isVisible();
        Browser.screenshot(page, "backup-phone");
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("ptdv-backup-browser-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
