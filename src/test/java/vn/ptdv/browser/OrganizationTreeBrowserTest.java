package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;

/** A department officer uses the tree of a province of its own in a real browser, on a desktop and on a phone. */
class OrganizationTreeBrowserTest extends BrowserTest {
    Fixtures.Tree tree;
    String p;
    String department;
    String ward;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        p = tree.prefix();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    private Page signIn(int width, int height, String username) {
        Page page = signIn(width, height, "/organizations", username);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Cây tổ chức đảng")))
                .isVisible();
        return page;
    }

    @Test
    void anOfficerSignsInOpensACommuneInTheTreeAndSearchesWithoutAccents() {
        Page page = signIn(1280, 900, department);
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page.getByText("Dữ liệu minh họa")).hasCount(0);

        Locator commune = page.locator("summary", new Page.LocatorOptions().setHasText("Đảng bộ phường Hòa Bình " + p));
        commune.click(new Locator.ClickOptions().setPosition(4, 8));
        assertThat(page.getByRole(AriaRole.LINK, exactly("Chi bộ Khu phố Đông " + p))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Chi bộ Trường học " + p))).isVisible();
        Browser.screenshot(page, "organization-tree");

        page.getByLabel("Tìm tổ chức theo tên hoặc mã").fill("hoa binh");
        page.getByLabel("Tìm tổ chức theo tên hoặc mã").press("Enter");
        assertThat(page.getByText("Có 1 tổ chức khớp với \"hoa binh\"")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Đảng bộ phường Hòa Bình " + p))).isVisible();
        Browser.screenshot(page, "organization-search");
    }

    @Test
    void theTreeOpensWithTheKeyboard() {
        Page page = signIn(1280, 900, department);
        Locator commune = page.locator("summary", new Page.LocatorOptions().setHasText("Đảng bộ xã An Phú " + p));
        commune.focus();
        page.keyboard().press("Enter");
        Locator firstCell = page.getByRole(AriaRole.LINK, exactly("Chi bộ Thôn Tây " + p));
        assertThat(firstCell).isVisible();
        firstCell.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, named("Chi bộ Thôn Tây " + p))).isVisible();
        assertThat(page.locator(".breadcrumb").getByText("Đảng bộ xã An Phú " + p)).isVisible();
    }

    @Test
    void aCommitteeAddsACellWithTheFormAndSeesWhatWasWrongFirst() {
        Page page = signIn(1280, 900, ward);
        page.getByRole(AriaRole.LINK, named("Đảng bộ phường Hòa Bình " + p)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm tổ chức trực thuộc")).click();

        page.getByLabel("Mã tổ chức").fill(tree.communeA() + "-99");
        page.getByLabel("Tên tổ chức").fill("Chi bộ Khu phố 99");
        page.getByLabel("Loại tổ chức").selectOption("CELL");
        page.getByLabel("Loại hình chi bộ").selectOption("RESIDENTIAL");
        page.getByLabel("Ngày thành lập").fill("31/02/2021");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByText("Chưa lưu được: có 1 lỗi")).isVisible();
        assertThat(page.locator("#establishedOn-error"))
                .hasText("Ngày \"31/02/2021\" không có thật: tháng 2 năm 2021 chỉ có 28 ngày.");
        assertThat(page.getByLabel("Tên tổ chức")).hasValue("Chi bộ Khu phố 99");
        Browser.screenshot(page, "organization-form-error");

        page.getByLabel("Ngày thành lập").fill("15/03/2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByText("Đã thêm tổ chức \"Chi bộ Khu phố 99\".")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chi bộ Khu phố 99"))).isVisible();
        assertThat(page.getByText("15/03/2024").first()).isVisible();
        Browser.screenshot(page, "organization-created");
    }

    @Test
    void aDepartmentRenamesACellAndMovesItToAnotherCommuneThroughTheWizard() {
        Page page = signIn(1280, 900, department);
        open(page, "/organizations/" + tree.cellA2());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa thông tin")).click();
        page.getByLabel("Tên tổ chức").fill("Chi bộ Trường Tiểu học Hòa Bình A");
        Browser.screenshot(page, "organization-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Chi bộ Trường Tiểu học Hòa Bình A"))).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sắp xếp tổ chức")).click();
        page.getByLabel("Chuyển trực thuộc").check();
        Browser.screenshot(page, "restructuring-choose");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp tục")).click();
        page.getByLabel("Ngày hiệu lực").fill("01/07/2025");
        page.getByLabel("Văn bản quyết định").fill("Quyết định số 15-QĐ/TU");
        page.getByLabel("Tổ chức cấp trên mới").fill(tree.communeB());
        Browser.screenshot(page, "restructuring-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Xem trước việc sắp xếp")))
                .isVisible();
        Browser.screenshot(page, "restructuring-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận sắp xếp")).click();
        assertThat(page.getByText("Đã ghi nhận việc sắp xếp tổ chức")).isVisible();
        assertThat(page.getByText("Từ 01/07/2025: Đảng bộ xã An Phú " + p)).isVisible();
        assertThat(page.getByText("Từ 03/02/1930 đến 30/06/2025: Đảng bộ phường Hòa Bình " + p)).isVisible();
        assertThat(page.getByText("Quyết định số 15-QĐ/TU")).isVisible();
        Browser.screenshot(page, "organization-moved");
    }

    @Test
    void anOrganizationOutsideTheScopeIsNotFound() {
        Page page = signIn(1280, 900, ward);
        open(page, "/organizations/" + tree.communeB());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Không tìm thấy"))).isVisible();
        assertThat(page.getByText("Không tìm thấy tổ chức có mã \"" + tree.communeB() + "\" trong phạm vi của đồng chí."))
                .isVisible();
        Browser.screenshot(page, "error-not-found");
    }

    @Test
    void theTreeFitsAPhoneScreen() {
        Page page = signIn(390, 844, department);
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(page, "organization-tree-phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở hoặc đóng trình đơn")).click();
        assertThat(page.locator("#nav-main.show")).isVisible();
        page.locator("#nav-main:not(.collapsing)").waitFor();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổ chức đảng"))).isVisible();
        Browser.screenshot(page, "navigation-phone");
    }
}
