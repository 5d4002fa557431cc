package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;

/**
 * A department filters a list by an organization's name as people type it: suggestions with paths,
 * one match used, several asked with their paths (the twelve "Chi bộ Trạm Y tế" of the demo), none
 * said under the field; on a phone the filters fold under one button.
 */
class OrganizationPickerBrowserTest extends BrowserTest {

    @Test
    void aDepartmentTellsSameNamedCellsApartByTheirPathAndFiltersByOne() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/dossiers", "bantochuc", "demo12345");
        Locator field = page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true));
        field.clear();
        field.pressSequentially("tram y te");
        Locator suggestions = page.locator("#organization-options option");
        assertThat(suggestions.first()).hasText("Chi bộ Trạm Y tế — P. Hòa Bình");
        assertThat(page.locator("#organization-options option[value='BM-P-TANTHANH-YTE']"))
                .hasText("Chi bộ Trạm Y tế — P. Tân Thành");

        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Chọn tổ chức").setExact(true))).isVisible();
        assertThat(page.getByText("tổ chức khớp với \"tram y te\"")).isVisible();
        Locator tanThanh = page.locator(".org-choices li").filter(new Locator.FilterOptions().setHasText("P. Tân Thành"));
        assertThat(tanThanh).hasCount(1);
        Browser.screenshot(page, "organization-choice");
        tanThanh.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Chi bộ Trạm Y tế"))).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("organization=BM-P-TANTHANH-YTE"));

        field = page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true));
        field.fill("dang bo phuong tan thanh");
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Đảng bộ phường Tân Thành"))).isVisible();

        field = page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true));
        field.fill("Chi bộ Sao Hỏa");
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.locator("#organization-error"))
                .containsText("Không tìm thấy tổ chức nào có tên hoặc mã \"Chi bộ Sao Hỏa\" trong phạm vi của đồng chí.");
        Browser.screenshot(page, "organization-not-found");

        // Province-wide, each stagnant cell says whose it is.
        page.navigate("http://localhost:" + port + "/reports/stagnant-cells?years=1");
        Locator firstCell = page.locator("table tbody tr td").first();
        assertThat(firstCell).containsText(" — ");
        Browser.screenshot(page, "stagnant-cells-with-paths");
    }

    @Test
    void onAPhoneTheListStartsOnTheFirstScreenAndItsFiltersOpenUnderOneButton() {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/members", "bantochuc", "demo12345");
        Locator table = page.locator("table").first();
        assertThat(page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true))).isHidden();
        assertThat(table).isInViewport();
        Browser.screenshot(page, "members-phone-filters-folded");

        page.getByRole(AriaRole.BUTTON, named("Bộ lọc")).click();
        // Opened: Bootstrap ends its animation with the class "show".
        assertThat(page.locator("#list-filters")).hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
        Locator field = page.getByLabel("Tổ chức", new Page.GetByLabelOptions().setExact(true));
        assertThat(field).isVisible();
        field.fill("tram y te");
        Browser.screenshot(page, "members-phone-filters-open");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
        Locator hoaBinh = page.locator(".org-choices li").filter(new Locator.FilterOptions().setHasText("P. Hòa Bình"));
        assertThat(hoaBinh).hasCount(1);
        Browser.screenshot(page, "organization-choice-phone");
        hoaBinh.getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Đảng viên — Chi bộ Trạm Y tế"))).isVisible();
    }
}
