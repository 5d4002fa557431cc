package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;

/**
 * A commune's committee creates an API token on its account page, copies it from the one page
 * that shows it, calls the API with it, and revokes it — at desktop and phone width.
 */
class ApiTokensBrowserTest extends BrowserTest {

    String committee;

    @BeforeEach
    void setUp() {
        committee = fixtures.user(Role.COMMITTEE, fixtures.tree().communeA());
    }

    private int apiStatus(APIRequestContext http, String token) {
        APIResponse response = http.get("http://localhost:" + port + "/api/v1/me",
                RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        return response.status();
    }

    private void createUseAndRevoke(int width, int height, String suffix) {
        Page page = signIn(width, height, "/account/tokens", committee);
        assertThat(page.getByRole(AriaRole.HEADING, named("Mã truy cập API").setExact(true))).isVisible();
        assertThat(page.getByText("Tài khoản của đồng chí chưa có mã truy cập API nào.")).isVisible();

        page.getByLabel("Tên mã").fill("Báo cáo tuần");
        page.getByLabel("Hết hạn sau ngày").fill("01/01/2020");
        page.getByRole(AriaRole.BUTTON, named("Tạo mã")).click();
        assertThat(page.locator("#expiresOn-error")).containsText("Ngày 01/01/2020 đã qua");
        Browser.screenshot(page, "api-tokens-error" + suffix);

        page.getByLabel("Hết hạn sau ngày").fill("");
        page.getByRole(AriaRole.BUTTON, named("Tạo mã")).click();
        assertThat(page.getByText("Đã tạo mã \"Báo cáo tuần\".")).isVisible();
        String token = page.getByLabel("Mã truy cập", new Page.GetByLabelOptions().setExact(true)).inputValue();
        assertThat(page.getByRole(AriaRole.TABLE).getByText("Báo cáo tuần", new Locator.GetByTextOptions().setExact(true))).isVisible();
        Browser.screenshot(page, "api-tokens-created" + suffix);

        APIRequestContext http = context.request();
        org.assertj.core.api.Assertions.assertThat(apiStatus(http, token)).isEqualTo(200);

        page.getByRole(AriaRole.BUTTON, named("Thu hồi mã \"Báo cáo tuần\"")).click();
        assertThat(page.getByText("Đã thu hồi mã \"Báo cáo tuần\"")).isVisible();
        assertThat(page.getByText("Đã thu hồi lúc")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(token);
        Browser.screenshot(page, "api-tokens-revoked" + suffix);
        org.assertj.core.api.Assertions.assertThat(apiStatus(http, token)).isEqualTo(401);
    }

    @Test
    void aCommitteeCreatesATokenUsesItOnTheApiAndRevokesItAtDesktopWidth() {
        createUseAndRevoke(1280, 900, "");
    }

    @Test
    void aCommitteeCreatesATokenUsesItOnTheApiAndRevokesItOnAPhone() {
        committee = fixtures.user(Role.COMMITTEE, fixtures.tree().communeA());
        createUseAndRevoke(390, 844, "-phone");
    }
}
