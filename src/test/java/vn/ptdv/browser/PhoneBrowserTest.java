package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;

/**
 * The main pages of each role on a phone (390 px) and a desktop: nothing wider than the screen,
 * no select that cuts its chosen text, and what each page is for on view.
 */
class PhoneBrowserTest extends BrowserTest {
    private static final String[] PAGES = {"/", "/dossiers", "/people", "/members", "/classes", "/prospects",
            "/reports/membership"};
    /** The forms of a committee: new person, member, prospect, class and dossier. */
    private static final String[] FORMS = {"/people/new", "/members/new", "/prospects/new", "/classes/new",
            "/dossiers/new"};

    /**
     * Selects of a form that stores something whose chosen text is wider than the box: the text is
     * cut. (The lists' filter forms are being folded under "Lọc" on phones, separately.)
     */
    private static List<String> cutSelects(Page page) {
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('#content form[method=post] select')].filter(s => s.offsetParent !== null).filter(s => {
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

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"bithu.kp1, 390", "hoabinh, 390", "bantochuc, 390", "theodoi, 390", "bithu.kp1, 1280",
            "hoabinh, 1280"})
    void theMainPagesOfEachRoleFitTheScreen(String account, int width) {
        context = Browser.newContext(width, 844);
        Page page = Browser.signIn(context, port, "/", account, "demo12345");
        List<String> problems = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of(PAGES));
        if (account.equals("hoabinh")) {
            paths.addAll(List.of(FORMS));
        }
        for (String path : paths) {
            page.navigate("http://localhost:" + port + path);
            assertThat(page.locator("h1").first()).isVisible();
            int scrollWidth = (Integer) page.evaluate("document.documentElement.scrollWidth");
            if (scrollWidth > width) {
                problems.add(path + " is " + scrollWidth + " px wide");
            }
            for (String select : cutSelects(page)) {
                problems.add(path + " cuts the text of select " + select);
            }
            Browser.screenshot(page, "phone-" + account + path.replace('/', '-').replaceAll("-$", "-home") + "-" + width);
        }
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"390", "1280"})
    void theDossierListSaysHowLongEachDossierHasWaitedInItsStep(int width) {
        context = Browser.newContext(width, 844);
        Page page = Browser.signIn(context, port, "/dossiers", "hoabinh", "demo12345");
        if (width >= 576) {
            assertThat(page.getByRole(AriaRole.COLUMNHEADER, named("Đã chờ ở bước này"))).isVisible();
        } else {
            // A card per dossier: each figure under the name of its column.
            assertThat(page.locator("td[data-label='Đã chờ ở bước này']").first()).isVisible();
        }
        assertThat(page.locator("td span[title^='Từ ngày']").first()).containsText(" ngày");
        Browser.screenshot(page, "dossiers-in-step-" + width);
    }
}
