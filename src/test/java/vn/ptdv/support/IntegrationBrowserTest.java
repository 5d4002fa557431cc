package vn.ptdv.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on the integration tests' database, with data of its own built by
 * {@link Fixtures} (unlike {@link BrowserTest}, which walks through the demo): Chromium in a fresh
 * context per test, closed after it.
 */
@IntegrationTest
@Tag("browser")
public abstract class IntegrationBrowserTest {
    @LocalServerPort
    protected int port;

    protected BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    protected static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }
}
