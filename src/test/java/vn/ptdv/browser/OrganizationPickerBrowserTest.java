package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A department filters a list by an organization's name as people type it: suggestions with paths,
 * one match used, several asked with their paths (a "Chi bộ Trạm Y tế" in the ward and one in the
 * commune of the test's own province, each with a member and a dossier), none said under the
 * field; on a phone the filters fold under one button.
 */
class OrganizationPickerBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();
    static final String CELL = "Chi bộ Trạm Y tế";

    Fixtures.Tree tree;
    String ward;
    String commune;
    String wardCell;
    String communeCell;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        ward = "P. Hòa Bình " + tree.prefix();
        commune = "X. An Phú " + tree.prefix();
        wardCell = fixtures.cell(tree.communeA(), CELL);
        communeCell = fixtures.cell(tree.communeB(), CELL);
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        // Admitted long ago: the cells admitted nobody in the last year.
        data.officialMember(wardCell, "Lê Văn Phường");
        data.officialMember(communeCell, "Lê Văn Xã");
        data.dossier(data.applicant(wardCell, tree.communeA(), "Vũ Thị Phường", TODAY.minusMonths(1)), wardCell);
        data.dossier(data.applicant(communeCell, tree.communeB(), "Vũ Thị Xã", TODAY.minusMonths(1)), communeCell);
    }

    private static Locator organizationField(Page page) {
        return page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aDepartmentTellsSameNamedCellsApartByTheirPathAndFiltersByOne() {
        Page page = signIn(1280, 900, "/dossiers", department);
        Locator field = organizationField(page);
        field.clear();
        field.pressSequentially("tram y te");
        Locator suggestions = page.locator("#organization-options option");
        assertThat(suggestions).hasText(new String[] {CELL + " — " + ward, CELL + " — " + commune});
        assertThat(page.locator("#organization-options option[value='" + communeCell + "']"))
                .hasText(CELL + " — " + commune);

        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Chọn tổ chức").setExact(true))).isVisible();
        assertThat(page.getByText("tổ chức khớp với \"tram y te\"")).isVisible();
        assertThat(page.locator(".org-choices li")).hasCount(2);
        Locator inCommune = page.locator(".org-choices li").filter(new Locator.FilterOptions().setHasText(commune));
        assertThat(inCommune).hasCount(1);
        Browser.screenshot(page, "organization-choice");
        inCommune.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Hồ sơ kết nạp — " + CELL))).isVisible();
        assertThat(page).hasURL(Pattern.compile("organization=" + communeCell + "(&|$)"));
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Vũ Thị Xã");

        field = organizationField(page);
        field.fill("dang bo xa an phu " + tree.prefix().toLowerCase());
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Hồ sơ kết nạp — Đảng bộ xã An Phú " + tree.prefix())))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile("organization=" + tree.communeB() + "(&|$)"));

        field = organizationField(page);
        field.fill("Chi bộ Sao Hỏa");
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.locator("#organization-error"))
                .containsText("Không tìm thấy tổ chức nào có tên hoặc mã \"Chi bộ Sao Hỏa\" trong phạm vi của đồng chí.");
        Browser.screenshot(page, "organization-not-found");

        // Province-wide, each stagnant cell says whose it is: the two of the same name by their commune.
        open(page, "/reports/stagnant-cells?years=1");
        Locator rows = page.locator("table tbody tr");
        // All seven cells of the province: none admitted anyone in the year.
        assertThat(rows).hasCount(7);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(CELL + " — " + ward))).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(CELL + " — " + commune))).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Chi bộ Thôn Tây " + tree.prefix() + " — "
                + commune))).hasCount(1);
        Browser.screenshot(page, "stagnant-cells-with-paths");
    }

    @Test
    void onAPhoneTheListStartsOnTheFirstScreenAndItsFiltersOpenUnderOneButton() {
        Page page = signIn(390, 844, "/members", department);
        Locator table = page.locator("table").first();
        assertThat(organizationField(page)).isHidden();
        assertThat(table).isInViewport();
        Browser.screenshot(page, "members-phone-filters-folded");

        page.getByRole(AriaRole.BUTTON, named("Bộ lọc")).click();
        // Opened: Bootstrap ends its animation with the class "show".
        assertThat(page.locator("#list-filters")).hasClass(Pattern.compile("\\bshow\\b"));
        Locator field = organizationField(page);
        assertThat(field).isVisible();
        field.fill("tram y te");
        Browser.screenshot(page, "members-phone-filters-open");
        page.getByRole(AriaRole.BUTTON, exactly("Lọc")).click();
        Locator inWard = page.locator(".org-choices li").filter(new Locator.FilterOptions().setHasText(ward));
        assertThat(inWard).hasCount(1);
        Browser.screenshot(page, "organization-choice-phone");
        inWard.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Đảng viên — " + CELL))).isVisible();
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Lê Văn Phường");
    }
}
