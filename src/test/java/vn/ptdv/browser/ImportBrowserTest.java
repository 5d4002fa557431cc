package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ptdv.support.Sheets.row;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/**
 * A ward's committee brings its members in from its spreadsheet: it downloads the template,
 * uploads a file with a mistake and sees the row, the column and the reason (nothing stored),
 * downloads its file with the wrong cell marked, uploads the corrected file, and exports the list
 * it now has.
 */
class ImportBrowserTest extends BrowserTest {
    private static final List<Object> HEADERS = row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc",
            "Mã chi bộ", "Ngày quyết định kết nạp", "Ngày lễ kết nạp");
    private static final LocatorAssertions.IsVisibleOptions A_WHILE = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);
    private static int sequence = (int) (System.nanoTime() % 500_000);


    Fixtures.Tree tree;
    String ward;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    /** A CCCD no other test uses: a man born in 1988 registered in Cà Mau (096). */
    private static synchronized String nationalId() {
        sequence++;
        return String.format("096088%06d", sequence % 1_000_000);
    }

    private byte[] members(String secondCell) {
        LocalDate decided = MutableClock.today().minusYears(2);
        return Sheets.workbook("Đảng viên", List.of(HEADERS,
                row("Trương Văn Nhập", LocalDate.of(1988, 5, 2), "Nam", nationalId(), "Kinh", tree.cellA1(), decided,
                        decided.plusDays(14)),
                row("Quách Văn Tệp", LocalDate.of(1988, 9, 9), "Nam", nationalId(), "Kinh", secondCell, decided,
                        decided.plusDays(14))));
    }

    private static FilePayload file(String name, byte[] content) {
        return new FilePayload(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
    }

    private static List<String> firstColumn(Download download) throws Exception {
        List<String> values = new ArrayList<>();
        try (Workbook workbook = Sheets.open(Files.readAllBytes(download.path()))) {
            for (Row row : workbook.getSheetAt(0)) {
                values.add(new DataFormatter().formatCellValue(row.getCell(0)));
            }
        }
        return values;
    }

    @Test
    void aCommitteeImportsItsMembersFixingTheRowTheImportPointsAtThenExportsTheList() throws Exception {
        Page page = signIn(1280, 900, "/imports", ward);
        assertThat(page.getByRole(AriaRole.HEADING, named("Nhập dữ liệu"))).isVisible();
        Browser.screenshot(page, "imports");
        open(page, "/imports/members");
        assertThat(page.getByRole(AriaRole.HEADING, named("Nhập đảng viên"))).isVisible();

        Download template = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Tải tệp mẫu (.xlsx)")).click());
        assertThat(template.suggestedFilename()).endsWith(".xlsx");
        try (Workbook workbook = Sheets.open(Files.readAllBytes(template.path()))) {
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
        }

        page.getByLabel("Tệp").setInputFiles(file("dang-vien.xlsx", members("CHI-BO-KHONG-CO")));
        page.getByRole(AriaRole.BUTTON, named("Nhập dữ liệu")).click();
        assertThat(page.getByText("Có 1 lỗi trong 2 dòng")).isVisible(A_WHILE);
        Locator problem = page.locator("table tbody tr").first();
        assertThat(problem).containsText("3");
        assertThat(problem).containsText("Mã chi bộ");
        assertThat(problem).containsText("CHI-BO-KHONG-CO");
        Browser.screenshot(page, "import-errors");
        Download marked = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                named("Tải về tệp của đồng chí, các ô lỗi đã tô đỏ và ghi chú lý do")).click());
        assertThat(firstColumn(marked)).contains("Quách Văn Tệp");

        page.getByRole(AriaRole.LINK, named("Nhập tệp khác")).click();
        page.getByLabel("Tệp").setInputFiles(file("dang-vien-da-sua.xlsx", members(tree.cellA2())));
        page.getByRole(AriaRole.BUTTON, named("Nhập dữ liệu")).click();
        assertThat(page.getByText("Đã nhập 2 dòng: 2 bản ghi mới")).isVisible(A_WHILE);
        Browser.screenshot(page, "import-stored");

        open(page, "/members?organization=" + tree.communeA());
        assertThat(page.getByText("Trương Văn Nhập")).isVisible();
        Download exported = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Xuất Excel")).click());
        assertThat(firstColumn(exported)).contains("Trương Văn Nhập", "Quách Văn Tệp");
        Browser.screenshot(page, "members-with-export");
    }

    @Test
    void onAPhoneTheUploadAndItsErrorsFitTheScreen() {
        Page page = signIn(390, 844, "/imports/members", ward);
        assertThat(page.getByRole(AriaRole.HEADING, named("Nhập đảng viên"))).isVisible();
        Browser.screenshot(page, "import-phone");
        page.getByLabel("Tệp").setInputFiles(file("dang-vien.xlsx", members("CHI-BO-KHONG-CO")));
        page.getByRole(AriaRole.BUTTON, named("Nhập dữ liệu")).click();
        assertThat(page.getByText("Có 1 lỗi trong 2 dòng")).isVisible(A_WHILE);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        Browser.screenshot(page, "import-errors-phone");
    }
}
