package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.Sheets;

/**
 * The personal data lifecycle as users meet it: a commune's committee downloads everything ptdv
 * holds about a person from the person's page (the right of access), and an administrator reads
 * the retention and the last runs of the anonymization — at desktop and phone width.
 */
class PersonalDataBrowserTest extends BrowserTest {
    @Autowired
    Fixtures fixtures;

    Fixtures.Tree tree;
    String committee;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    /** A person recorded through the API as the committee; their id. */
    private long person(String name) {
        String nationalId = "079092" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String basic = Base64.getEncoder().encodeToString((committee + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        APIResponse created = context.request().post("http://localhost:" + port + "/api/v1/people",
                RequestOptions.create().setHeader("Authorization", "Basic " + basic)
                        .setHeader("Content-Type", "application/json").setData("""
                                {"fullName": "%s", "birthDate": "1992-05-19", "gender": "MALE", "nationalId": "%s",
                                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s",
                                 "phone": "0987654321"}
                                """.formatted(name, nationalId, tree.cellA1())));
        org.assertj.core.api.Assertions.assertThat(created.status()).isEqualTo(201);
        return Long.parseLong(created.text().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    private void exportFromThePersonsPage(int width, int height, String suffix) throws Exception {
        context = Browser.newContext(width, height);
        String name = "Nguyễn Văn Quyền " + tree.prefix();
        long id = person(name);
        Page page = Browser.signIn(context, port, "/people/" + id, committee, Fixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, named("Dữ liệu cá nhân"))).isVisible();
        Browser.screenshot(page, "person-personal-data" + suffix);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                named("Xuất toàn bộ dữ liệu của người này")).click());
        List<List<String>> rows = Sheets.rowsBelow(java.nio.file.Files.readAllBytes(download.path()), "Mục");
        org.assertj.core.api.Assertions.assertThat(rows).contains(List.of("Thông tin cá nhân", "Họ và tên", name),
                List.of("Thông tin cá nhân", "Điện thoại", "0987654321"));
    }

    @Test
    void aCommitteeDownloadsEverythingHeldAboutAPersonOnADesktop() throws Exception {
        exportFromThePersonsPage(1280, 900, "");
    }

    @Test
    void aCommitteeDownloadsEverythingHeldAboutAPersonOnAPhone() throws Exception {
        exportFromThePersonsPage(390, 844, "-phone");
    }

    @Test
    void whoReadsTheAuditLogOpensItForAPersonFromTheirPageAndACommitteeIsNotOffered() throws Exception {
        context = Browser.newContext(390, 844);
        long id = person("Trần Văn Nhật Ký " + tree.prefix());
        Page page = Browser.signIn(context, port, "/people/" + id, committee, Fixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.LINK, named("Nhật ký về người này"))).hasCount(0);
        context.close();

        context = Browser.newContext(1280, 900);
        page = Browser.signIn(context, port, "/people/" + id, "admin", "admin-secret-1");
        page.getByRole(AriaRole.LINK, named("Nhật ký về người này")).click();
        assertThat(page.getByLabel("Mã người")).hasValue(String.valueOf(id));
        assertThat(page.locator("table tbody")).containsText("Thêm người");
        Browser.screenshot(page, "audit-of-a-person");
    }

    @Test
    void anAdministratorReadsTheRetentionAndTheLastRuns() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/", "admin", "admin-secret-1");
        page.getByRole(AriaRole.BUTTON, named("Quản trị hệ thống")).click();
        page.getByRole(AriaRole.LINK, named("Dữ liệu cá nhân")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Dữ liệu cá nhân"))).isVisible();
        assertThat(page.locator("#retention")).containsText("trong 5 năm");
        Browser.screenshot(page, "settings-personal-data");

        Page phone = Browser.newContext(390, 844).newPage();
        phone.context().addCookies(context.cookies());
        phone.navigate("http://localhost:" + port + "/settings/personal-data");
        assertThat(phone.locator("#retention")).containsText("trong 5 năm");
        Browser.screenshot(phone, "settings-personal-data-phone");
        phone.context().close();
    }
}
