package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.documents.DocumentFiles;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.membership.MovementType;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Browser;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A commune's department reads its three statistical tables and downloads one, on a desktop and
 * on a phone. Unlike the browser tests that walk through the demo, it runs on the integration
 * tests' database with a province of its own ({@link Fixtures}), so that the members it adds
 * change no figure the demo's tests read.
 */
@IntegrationTest
@Tag("browser")
class StatisticsBrowserTest {
    private static final LocalDate TODAY = MutableClock.today();

    @LocalServerPort
    int port;

    BrowserContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;

    String commune;
    String user;

    private long admit(String cell, String name, Gender gender, LocalDate admitted) {
        NewPerson person = new NewPerson(name, admitted.minusYears(25), gender, null, "01", Religion.NONE, "12/12",
                null, null, cell, null, null, OccupationCategory.FARMER, null, null, Boolean.TRUE);
        return registry.register(RegisterMember.of(person, cell, null, admitted, null));
    }

    @BeforeEach
    void data() {
        Fixtures.Tree tree = fixtures.tree();
        commune = tree.communeA();
        String east = tree.cellA1();
        String west = tree.cellA2();
        user = fixtures.user(Role.ORG_DEPARTMENT, commune);
        SystemActor.run(() -> {
            admit(east, "Lương Thị Thu", Gender.FEMALE, TODAY.withDayOfYear(1).plusDays(20));
            admit(west, "Đỗ Văn Hải", Gender.MALE, TODAY.withDayOfYear(1).plusDays(40));
            long old = admit(west, "Mai Văn Tâm", Gender.MALE, LocalDate.of(2010, 5, 19));
            registry.move(new RecordMovement(old, MovementType.DEATH, TODAY.withDayOfYear(1).plusDays(60), null, null,
                    null, null));
        });
    }

    private void readTheTables(int width, int height, String suffix) throws Exception {
        context = Browser.newContext(width, height);
        Page page = Browser.signIn(context, port, "/reports/statistics?organization=" + commune, user,
                Fixtures.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, named("Báo cáo tăng, giảm đảng viên"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Báo cáo đảng viên mới kết nạp"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Báo cáo số lượng, chất lượng đảng viên"))).isVisible();
        Locator changes = page.getByRole(AriaRole.TABLE, named("Báo cáo tăng, giảm đảng viên"));
        assertThat(current(page, changes, "Đảng viên đầu kỳ")).hasText("1");
        assertThat(current(page, changes, "Kết nạp")).hasText("2");
        assertThat(current(page, changes, "Từ trần")).hasText("1");
        assertThat(current(page, changes, "Đảng viên cuối kỳ")).hasText("2");
        Locator admitted = page.getByRole(AriaRole.TABLE, named("Báo cáo đảng viên mới kết nạp"));
        assertThat(current(page, admitted, "Nữ")).hasText("1");
        assertThat(current(page, admitted, "Đoàn viên Đoàn TNCS Hồ Chí Minh")).hasText("2");
        Browser.screenshot(page, "statistics" + suffix);

        page.getByRole(AriaRole.BUTTON, named("In / tải biểu mẫu")).click();
        Browser.screenshot(page, "statistics-menu" + suffix);
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("PDF (để in)")).first()
                .click());
        String text = DocumentFiles.pdfText(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(text).contains("BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "Đảng viên cuối kỳ",
                "Từ ngày " + VietnameseDates.format(TODAY.withDayOfYear(1)));
    }

    /** The figure of this period on the line with the label. */
    private static Locator current(Page page, Locator table, String label) {
        return table.locator("tr").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.ROWHEADER,
                named(label).setExact(true)))).locator("td").nth(1);
    }

    @Test
    void aDepartmentReadsTheTablesOnADesktop() throws Exception {
        readTheTables(1280, 800, "");
    }

    @Test
    void aDepartmentReadsTheTablesOnAPhone() throws Exception {
        readTheTables(390, 844, "-phone");
    }
}
