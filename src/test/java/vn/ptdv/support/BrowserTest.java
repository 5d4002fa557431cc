package vn.ptdv.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test on the demo installation: Chromium in a fresh context per test, closed after it. */
@DemoApplicationTest
@Tag("browser")
public abstract class BrowserTest {
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
