package vn.ptdv.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test: Chromium in a fresh context per test, closed after it, on the integration
 * tests' application and database. Each test builds the part of the tree, the accounts and the
 * records it asserts on ({@link Fixtures}, {@link TestData}), so that it sees nothing of any other
 * test and nothing of the demo dataset.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTest {
    @LocalServerPort
    protected int port;
    @Autowired
    protected Fixtures fixtures;
    @Autowired
    protected TestData data;

    protected BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    /** Opens a fresh window of the size and signs in as the fixture account at the path. */
    protected Page signIn(int width, int height, String path, String username) {
        context = Browser.newContext(width, height);
        return Browser.signIn(context, port, path, username, Fixtures.PASSWORD);
    }

    /** Goes to a path of the application in the same window. */
    protected void open(Page page, String path) {
        page.navigate("http://localhost:" + port + path);
    }

    protected static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    protected static Page.GetByRoleOptions exactly(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
