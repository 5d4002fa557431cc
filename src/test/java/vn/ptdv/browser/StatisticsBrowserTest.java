package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.documents.DocumentFiles;
import vn.ptdv.membership.Gender;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A commune's department reads its three statistical tables and downloads one, on a desktop and
 * on a phone: two members admitted this year and one of 2010 who died this year, in a province
 * of its own.
 */
class StatisticsBrowserTest extends BrowserTest {
    private static final LocalDate TODAY = MutableClock.today();

    String commune;
    String user;

    @BeforeEach
    void setUp() {
        Fixtures.Tree tree = fixtures.tree();
        commune = tree.communeA();
        user = fixtures.user(Role.ORG_DEPARTMENT, commune);
        data.member(tree.cellA1(), "Lương Thị Thu", Gender.FEMALE, TODAY.withDayOfYear(1).plusDays(20));
        data.member(tree.cellA2(), "Đỗ Văn Hải", Gender.MALE, TODAY.withDayOfYear(1).plusDays(40));
        long old = data.member(tree.cellA2(), "Mai Văn Tâm", Gender.MALE, LocalDate.of(2010, 5, 19));
        data.died(old, TODAY.withDayOfYear(1).plusDays(60));
    }

    private void readTheTables(int width, int height, String suffix) throws Exception {
        Page page = signIn(width, height, "/reports/statistics?organization=" + commune, user);
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
