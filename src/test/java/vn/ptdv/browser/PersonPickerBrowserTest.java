package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.membership.Gender;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;

/**
 * A committee picks a mentor by typing part of a name (two "Nguyễn Văn Hùng" of its ward told
 * apart by birth year, cell and status), and finds a member on the list by name, at desktop and
 * phone width.
 */
class PersonPickerBrowserTest extends BrowserTest {
    Fixtures.Tree tree;
    String committee;
    long elder;
    long younger;
    String elderOption;
    String youngerOption;
    String otherOption;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        String p = tree.prefix();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        // Admitted at 25: born in 1975 and in 1980.
        elder = data.member(tree.cellA1(), "Nguyễn Văn Hùng", Gender.MALE, LocalDate.of(2000, 5, 19));
        younger = data.member(tree.cellA2(), "Nguyễn Văn Hùng", Gender.MALE, LocalDate.of(2005, 3, 2));
        data.member(tree.cellA1(), "Trần Thị Lan", Gender.FEMALE, LocalDate.of(2010, 9, 1));
        elderOption = "Nguyễn Văn Hùng · sinh 1975 · Chi bộ Khu phố Đông " + p + " — P. Hòa Bình " + p + " · Chính thức";
        youngerOption = "Nguyễn Văn Hùng · sinh 1980 · Chi bộ Trường học " + p + " — P. Hòa Bình " + p + " · Chính thức";
        otherOption = "Trần Thị Lan · sinh 1985 · Chi bộ Khu phố Đông " + p + " — P. Hòa Bình " + p + " · Chính thức";
    }

    @Test
    void aMentorIsFoundByTypingPartOfTheNameWithoutDiacritics() {
        Page page = signIn(1280, 900, "/prospects/new?organization=" + tree.cellA1(), committee);
        Locator mentor = page.getByLabel("Đảng viên giúp đỡ");
        Locator options = mentor.locator("option:not([value=''])");
        assertThat(options).hasText(new String[] {elderOption, youngerOption, otherOption});

        Locator search = page.locator("#mentorMemberId-search");
        assertThat(search).isVisible();
        search.pressSequentially("nguyen van hung");
        assertThat(mentor.locator("option:not([value=''])")).hasText(new String[] {elderOption, youngerOption});
        assertThat(mentor).hasValue(String.valueOf(elder));
        // The birth year tells the namesakes apart.
        search.pressSequentially(" 1980");
        assertThat(mentor.locator("option:not([value=''])")).hasText(new String[] {youngerOption});
        assertThat(mentor).hasValue(String.valueOf(younger));
        Browser.screenshot(page, "mentor-picker");
    }

    @Test
    void aMemberIsFoundOnTheListByNameOnAPhone() {
        Page page = signIn(390, 844, "/members?organization=" + tree.communeA(), committee);
        assertThat(page.locator("table tbody tr a")).hasCount(3);

        page.getByRole(AriaRole.BUTTON, named("Bộ lọc")).click();
        // Opened: Bootstrap ends its animation with the class "show".
        assertThat(page.locator("#list-filters")).hasClass(Pattern.compile("\\bshow\\b"));
        page.getByLabel("Họ tên").fill("van hung");
        page.getByRole(AriaRole.BUTTON, exactly("Lọc")).click();
        assertThat(page.locator("table tbody tr a")).hasText(new String[] {"Nguyễn Văn Hùng", "Nguyễn Văn Hùng"});
        assertThat(page.getByRole(AriaRole.BUTTON, named("Bộ lọc — đang tìm \"van hung\""))).isVisible();
        Browser.screenshot(page, "members-name-search-phone");
    }
}
