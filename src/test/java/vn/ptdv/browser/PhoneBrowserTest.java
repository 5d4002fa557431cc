package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ptdv.calendar.VietnameseDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.support.Browser;
import vn.ptdv.shared.Role;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * The main pages of each role on a phone (390 px) and a desktop: nothing wider than the screen,
 * no select that cuts its chosen text, and what each page is for on view. Each account (named as
 * the demo's of the same role, for the screenshots) is homed in a province of its own with members,
 * a candidate, a class and a dossier voted by its cell twelve days ago.
 */
class PhoneBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();
    /** The cell voted the dossier this many days ago: its last step. */
    static final int DAYS_IN_STEP = 12;
    private static final String[] PAGES = {"/", "/dossiers", "/people", "/members", "/classes", "/prospects",
            "/reports/membership"};
    /** The forms of a committee: new person, member, prospect, class and dossier. */
    private static final String[] FORMS = {"/people/new", "/members/new", "/prospects/new", "/classes/new",
            "/dossiers/new"};

    /**
     * Selects of the page's forms, the list filters included, whose chosen text is wider than the
     * box: the text is cut.
     */
    private static List<String> cutSelects(Page page) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#content form select')].filter(s => s.offsetParent !== null).filter(s => {
                  const probe = document.createElement('span');
                  const style = getComputedStyle(s);
                  probe.style.font = style.font;
                  probe.style.position = 'absolute';
                  probe.style.whiteSpace = 'nowrap';
                  probe.textContent = s.selectedOptions.length ? s.selectedOptions[0].text : '';
                  document.body.appendChild(probe);
                  const text = probe.getBoundingClientRect().width;
                  probe.remove();
                  const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                  return text > room + 1;
                }).map(s => s.id || s.name)""");
        return cut;
    }

    /** A province of its own with its records, and an account of the role the demo's name stands for there. */
    private String account(String demoName) {
        Fixtures.Tree tree = fixtures.tree();
        long a1 = data.officialMember(tree.cellA1(), "Lê Văn Giới");
        long a2 = data.officialMember(tree.cellA1(), "Lê Thị Thiệu");
        data.prospect(tree.cellA1(), "Phạm Thị Nguồn", TODAY.minusMonths(6), a1);
        data.proposed(data.applicant(tree.cellA1(), tree.communeA(), "Vũ Văn Chờ", TODAY.minusMonths(2)),
                tree.cellA1(), TODAY.minusDays(DAYS_IN_STEP), a1, a2);
        return switch (demoName) {
            case "bithu.kp1" -> fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
            case "hoabinh" -> fixtures.user(Role.COMMITTEE, tree.communeA());
            case "bantochuc" -> fixtures.user(Role.ORG_DEPARTMENT, tree.province());
            case "theodoi" -> fixtures.user(Role.VIEWER, tree.province());
            default -> throw new IllegalArgumentException(demoName);
        };
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"bithu.kp1, 390", "hoabinh, 390", "bantochuc, 390", "theodoi, 390", "bithu.kp1, 1280",
            "hoabinh, 1280"})
    void theMainPagesOfEachRoleFitTheScreen(String account, int width) {
        Page page = signIn(width, 844, "/", account(account));
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(PAGES));
        if (account.equals("hoabinh")) {
            paths.addAll(List.of(FORMS));
        }
        for (String path : paths) {
            open(page, path);
            assertThat(page.locator("h1").first()).isVisible();
            int scrollWidth = (Integer) page.evaluate("document.documentElement.scrollWidth");
            if (scrollWidth > width) {
                problems.add(path + " is " + scrollWidth + " px wide");
            }
            Browser.screenshot(page, "phone-" + account + path.replace('/', '-').replaceAll("-$", "-home") + "-" + width);
            // On a phone a list's filters are folded under one button: open them to check their selects too.
            Locator toggle = page.locator(".filter-toggle");
            if (toggle.count() > 0 && toggle.first().isVisible()) {
                toggle.first().click();
                assertThat(page.locator(toggle.first().getAttribute("data-bs-target"))).hasClass(
                        java.util.regex.Pattern.compile("\\bshow\\b"));
            }
            for (String select : cutSelects(page)) {
                problems.add(path + " cuts the text of select " + select);
            }
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"390", "1280"})
    void theDossierListSaysHowLongEachDossierHasWaitedInItsStep(int width) {
        Page page = signIn(width, 844, "/dossiers", account("hoabinh"));
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Vũ Văn Chờ");
        if (width >= 576) {
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, named("Đã chờ ở bước này"))).isVisible();
        } else {
            // A card per dossier: each figure under the name of its column.
            assertThat(page.locator("td[data-label='Đã chờ ở bước này']").first()).isVisible();
        }
        assertThat(page.locator("td span[title^='Từ ngày']")).hasText(DAYS_IN_STEP + " ngày");
        assertThat(page.locator("td span[title^='Từ ngày']")).hasAttribute("title", "Từ ngày "
                + VietnameseDates.format(TODAY.minusDays(DAYS_IN_STEP)) + ", ngày của bước gần nhất (hoặc ngày lập hồ sơ)");
        Browser.screenshot(page, "dossiers-in-step-" + width);
    }
}
