package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;

/**
 * A date field takes dd/mm/yyyy as typed, and beside it a calendar button opens the browser's own
 * date picker, whose chosen day is written back as dd/mm/yyyy.
 */
class DatePickerBrowserTest extends BrowserTest {
    private static final String ADMITTED = "Ngày kết nạp (lễ kết nạp)";

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {390, 1280})
    void aDateIsTypedOrPickedOnTheCalendarAndReadsDayMonthYear(int width) {
        Fixtures.Tree tree = fixtures.tree();
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        Page page = signIn(width, 900, "/members/new", committee);

        Locator field = page.getByLabel(ADMITTED, new Page.GetByLabelOptions().setExact(true));
        field.fill("5/4/2026");
        Locator calendar = field.locator("xpath=following-sibling::button");
        assertThat(calendar).hasAccessibleName("Chọn ngày trên lịch");
        assertThat(calendar).isVisible();
        calendar.click();
        // The picker opens on the day typed.
        Locator picker = field.locator("xpath=following-sibling::input[@type='date']");
        assertThat(picker).hasValue("2026-04-05");

        // A day chosen in the picker is written back in the field as the user reads dates.
        picker.evaluate("p => { p.value = '2027-12-31'; p.dispatchEvent(new Event('change', {bubbles: true})); }");
        assertThat(field).hasValue("31/12/2027");
        Browser.screenshot(page, "date-picker-" + width);

        // Typing still works after a pick, and a day that does not exist is still refused by the server.
        field.fill("31/02/2027");
        page.getByRole(AriaRole.BUTTON, exactly("Lưu")).click();
        assertThat(page.locator("#admittedOn-error")).containsText("31/02/2027");
        assertThat(page.locator("#admittedOn-error")).isVisible();
    }
}
