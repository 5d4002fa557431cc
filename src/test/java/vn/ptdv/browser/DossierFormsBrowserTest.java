package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.documents.DocumentFiles;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.DecidedDossiers;
import vn.ptdv.support.Fixtures;

/**
 * A ward's committee opens a decided dossier's "In / tải biểu mẫu" menu: the forms of the steps
 * recorded (6-, 8-, 9-KNĐ) and, marked as drafts, those of the recognition to come; it downloads
 * the admission decision as PDF on a desktop and a draft as Word on a phone.
 */
class DossierFormsBrowserTest extends BrowserTest {
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    Fixtures.Tree tree;
    String ward;
    long dossier;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        String department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        dossier = new DecidedDossiers(new Api(mvc, users), department, tree, tree.cellA1(), tree.cellA2())
                .decided("Vũ Thị Biểu Mẫu", tree.cellA1(), "2026-10-12");
    }

    private Locator openMenu(Page page) {
        page.getByRole(AriaRole.BUTTON, named("In / tải biểu mẫu")).click();
        Locator menu = page.locator(".dossier-forms");
        assertThat(menu).isVisible();
        return menu;
    }

    @Test
    void theMenuOffersTheRecordedFormsAndTheRecognitionFormsAsDraftsAndTheDecisionDownloadsAsPdf() throws Exception {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/dossiers/" + dossier, ward, Fixtures.PASSWORD);
        Locator menu = openMenu(page);
        for (String form : new String[] {"6-KNĐ", "8-KNĐ", "9-KNĐ"}) {
            assertThat(menu.locator("li", new Locator.LocatorOptions().setHasText("Mẫu " + form)))
                    .not().containsText("dự thảo");
        }
        for (String form : new String[] {"13-KNĐ", "15-KNĐ", "16-KNĐ"}) {
            assertThat(menu.locator("li", new Locator.LocatorOptions().setHasText("Mẫu " + form)))
                    .containsText("dự thảo");
        }
        assertThat(menu).containsText("Mẫu 9-KNĐ — Quyết định kết nạp đảng viên");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("dossier-forms-menu.png")));

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, named("Mẫu 9-KNĐ, tải PDF (để in)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("mau-9-knd-ho-so-" + dossier + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(DocumentFiles.pdfText(pdf)).contains("QUYẾT ĐỊNH", "Vũ Thị Biểu Mẫu", "ngày 12 tháng 10 năm 2026",
                "T/M BAN THƯỜNG VỤ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", Browser.SCREENSHOTS.resolve("dossier-form-9-KND.png").toFile());
        }
    }

    @Test
    void onAPhoneTheMenuFitsAndADraftDownloadsAsWord() throws Exception {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/dossiers/" + dossier, ward, Fixtures.PASSWORD);
        openMenu(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("dossier-forms-menu-phone.png")));
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                named("Mẫu 16-KNĐ, tải Word (.docx)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("mau-16-knd-ho-so-" + dossier + "-du-thao.docx");
        assertThat(DocumentFiles.docxText(Files.readAllBytes(download.path()))).contains("DỰ THẢO",
                "công nhận đảng viên chính thức", "Vũ Thị Biểu Mẫu");
    }

    @Test
    void anAdministratorFindsEachFormAmongTheTemplatesWithItsFieldsExplained() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/settings/templates", fixtures.user(Role.ADMIN, null),
                Fixtures.PASSWORD);
        Locator decision = page.locator("section", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                named("Quyết định kết nạp đảng viên (mẫu 9-KNĐ)"))));
        assertThat(decision).containsText("Đang áp dụng mẫu có sẵn");
        decision.getByText("Các trường của mẫu").click();
        assertThat(decision).containsText("votesForShare — Tỉ lệ tán thành (%)");
        assertThat(decision).containsText("decidingBody — Dòng \"... QUYẾT ĐỊNH\"");
        for (String form : new String[] {"6-KNĐ", "8-KNĐ", "13-KNĐ", "15-KNĐ", "16-KNĐ"}) {
            assertThat(page.getByRole(AriaRole.HEADING, named(form).setExact(false)).first()).isVisible();
        }
        decision.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("templates-9-KND.png")));
    }
}
