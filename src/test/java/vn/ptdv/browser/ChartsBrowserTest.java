package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A commune reads its members' breakdowns as bar charts that agree with their figures, on a
 * desktop and on a phone. With a tree of its own.
 */
class ChartsBrowserTest extends BrowserTest {
    private static final LocalDate TODAY = MutableClock.today();

    @Autowired
    MemberRegistry registry;

    String commune;
    String user;

    private void admit(String cell, String name, Gender gender, int age, String ethnicity, Religion religion) {
        NewPerson person = new NewPerson(name, TODAY.minusYears(age), gender, null, ethnicity, religion, "12/12",
                null, null, cell, null, null, OccupationCategory.FARMER, null, null, Boolean.FALSE);
        registry.register(RegisterMember.of(person, cell, null, TODAY.minusYears(age).plusYears(20), null));
    }

    @BeforeEach
    void data() {
        Fixtures.Tree tree = fixtures.tree();
        commune = tree.communeA();
        user = fixtures.user(Role.ORG_DEPARTMENT, commune);
        SystemActor.run(() -> {
            admit(tree.cellA1(), "Hà Thị Một", Gender.FEMALE, 25, "01", Religion.NONE);
            admit(tree.cellA1(), "Hà Văn Hai", Gender.MALE, 40, "01", Religion.NONE);
            admit(tree.cellA2(), "Lò Văn Ba", Gender.MALE, 50, "03", Religion.BUDDHISM);
            admit(tree.cellA2(), "Hà Văn Bốn", Gender.MALE, 65, "01", Religion.NONE);
        });
    }

    /** The figure written on the row of the label, and the length of its bar. */
    private static void bar(Page page, String group, String label, String figure, String length) {
        Locator row = page.getByRole(AriaRole.TABLE, named(group)).locator("tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, named(label).setExact(true))));
        assertThat(row.locator("td.chart-value")).hasText(figure);
        assertThat(row.locator("rect")).hasAttribute("width", length);
        assertThat(row.locator("rect")).hasAttribute("data-value", figure);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void theBreakdownsAreBarChartsUnderTheirHeadingsThatAgreeWithTheirFigures(int width) {
        Page page = signIn(width, 900, "/reports/membership?organization=" + commune, user);
        assertThat(page.getByRole(AriaRole.HEADING, named("Cơ cấu đảng viên"))).isVisible();
        for (String group : new String[] {"Giới tính", "Độ tuổi", "Dân tộc", "Tôn giáo"}) {
            assertThat(page.getByRole(AriaRole.HEADING, named(group).setExact(true))).isVisible();
        }
        // The longest bar of a group is the largest figure; the others are their share of it.
        bar(page, "Giới tính", "Nam", "3", "100.0");
        bar(page, "Giới tính", "Nữ", "1", "33.3");
        bar(page, "Độ tuổi", "Dưới 30 tuổi", "1", "100.0");
        bar(page, "Độ tuổi", "Trên 60 tuổi", "1", "100.0");
        bar(page, "Dân tộc", "Kinh", "3", "100.0");
        bar(page, "Dân tộc", "Dân tộc thiểu số", "1", "33.3");
        bar(page, "Tôn giáo", "Phật giáo", "1", "33.3");
        bar(page, "Tôn giáo", "Không", "3", "100.0");
        page.getByRole(AriaRole.HEADING, named("Tôn giáo").setExact(true)).scrollIntoViewIfNeeded();
        Browser.screenshot(page, "membership-charts-" + width);
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(width);
    }
}
