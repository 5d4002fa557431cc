package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.SearchText;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;

/**
 * A committee picks a mentor by typing part of a name (namesakes told apart by birth year, cell and
 * status), and finds a member on the list by name, at desktop and phone width.
 */
class PersonPickerBrowserTest extends BrowserTest {

    @Test
    void aMentorIsFoundByTypingPartOfTheNameWithoutDiacritics() {
        context = Browser.newContext(1280, 900);
        Page page = Browser.signIn(context, port, "/prospects/new?organization=BM-P-HOABINH-KP01", "hoabinh", "demo12345");
        Locator mentor = page.getByLabel("Đảng viên giúp đỡ");
        List<String> all = mentor.locator("option").allTextContents();
        assertThat(all.size()).isGreaterThan(3);
        String first = all.get(1);
        assertThat(first).contains(" · sinh ").contains(" — P. Hòa Bình").endsWith(" · Chính thức");
        assertThat(first).doesNotContainPattern("\\d{9,}");

        String typed = SearchText.fold(first.substring(0, first.indexOf(" · ")));
        Locator search = page.locator("#mentorMemberId-search");
        assertThat(search).isVisible();
        search.pressSequentially(typed);
        List<String> narrowed = mentor.locator("option").allTextContents();
        assertThat(narrowed.size()).isLessThan(all.size());
        // Every word typed is in the option: of the name, the birth year or the cell.
        assertThat(narrowed).contains(first).allMatch(o -> o.equals(all.get(0))
                || java.util.Arrays.stream(typed.split(" ")).allMatch(SearchText.fold(o)::contains));
        assertThat(mentor).hasValue(page.locator("#mentorMemberId option").nth(1).getAttribute("value"));
        Browser.screenshot(page, "mentor-picker");
    }

    @Test
    void aMemberIsFoundOnTheListByNameOnAPhone() {
        context = Browser.newContext(390, 844);
        Page page = Browser.signIn(context, port, "/members?organization=BM-P-HOABINH", "hoabinh", "demo12345");
        String name = page.locator("table tbody tr a").first().textContent();
        String[] words = SearchText.fold(name).split(" ");
        String typed = words[words.length - 2] + " " + words[words.length - 1];

        page.getByRole(AriaRole.BUTTON, named("Bộ lọc")).click();
        // Opened: Bootstrap ends its animation with the class "show".
        assertThat(page.locator("#list-filters")).hasClass(java.util.regex.Pattern.compile("\\bshow\\b"));
        page.getByLabel("Họ tên").fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
        Locator names = page.locator("table tbody tr a");
        assertThat(names.first()).isVisible();
        assertThat(names.allTextContents()).contains(name).allMatch(n -> SearchText.fold(n).contains(typed));
        assertThat(page.getByRole(AriaRole.BUTTON, named("Bộ lọc — đang tìm \"" + typed + "\""))).isVisible();
        Browser.screenshot(page, "members-name-search-phone");
    }
}
