package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.Religion;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Browser;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

/**
 * Commune A's committee transfers a member to a cell of commune B by the code of the transfer
 * letter: a request waits, the member stays; commune B's committee sees it on its dashboard,
 * declines without a reason (refused under the field) and then accepts it. On a desktop and on a phone.
 */
@IntegrationTest
@Tag("browser")
class TransferRequestBrowserTest {
    private static final LocalDate TODAY = MutableClock.today();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberRegistry registry;

    BrowserContext context;
    Fixtures.Tree tree;
    String sender;
    String receiver;
    String name;
    long member;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @BeforeEach
    void data() {
        tree = fixtures.tree();
        sender = fixtures.user(Role.COMMITTEE, tree.communeA());
        receiver = fixtures.user(Role.COMMITTEE, tree.communeB());
        name = "Hồ Văn Chuyển " + (char) ('A' + SEQUENCE.incrementAndGet());
        NewPerson person = new NewPerson(name, LocalDate.of(1985, 3, 3), Gender.MALE, null, "01", Religion.NONE,
                "12/12", null, null, tree.cellA1(), null, null, OccupationCategory.FARMER, null, null, Boolean.FALSE);
        member = SystemActor.call(() -> registry.register(RegisterMember.of(person, tree.cellA1(), null,
                LocalDate.of(2012, 5, 19), null)));
    }

    private void transfer(int width, int height, String suffix) throws Exception {
        context = Browser.newContext(width, height);
        Page page = Browser.signIn(context, port, "/members/" + member, sender, Fixtures.PASSWORD);
        page.getByLabel("Loại biến động").selectOption("TRANSFER");
        page.getByLabel("Ngày biến động").fill(VietnameseDates.format(TODAY.minusDays(3)));
        page.getByLabel("Chi bộ chuyển đến").fill(tree.cellB1());
        page.getByRole(AriaRole.BUTTON, named("Ghi biến động")).click();
        assertThat(page.getByText("đã gửi đề nghị chuyển sinh hoạt của đảng viên " + name)).isVisible();
        assertThat(page.locator("#transfer-state")).hasText("Chờ tiếp nhận");
        // The sender sees the code as typed, never the name of the cell outside their scope.
        assertThat(page.locator("#transfer-destination")).hasText(tree.cellB1());
        assertThat(page.getByText("Thôn Tây")).hasCount(0);
        Browser.screenshot(page, "transfer-request-sent" + suffix);
        context.close();

        context = Browser.newContext(width, height);
        page = Browser.signIn(context, port, "/", receiver, Fixtures.PASSWORD);
        page.locator("#dashboard-transfers a").click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Chuyển sinh hoạt đến chờ tiếp nhận"))).isVisible();
        Browser.screenshot(page, "transfer-requests-incoming" + suffix);
        page.getByRole(AriaRole.LINK, named(name)).first().click();
        assertThat(page.locator("#transfer-destination")).containsText("Chi bộ Thôn Tây");
        page.getByRole(AriaRole.BUTTON, named("Từ chối")).click();
        assertThat(page.locator("#reason-error")).containsText("Bắt buộc nhập");
        Browser.screenshot(page, "transfer-request-decline-refused" + suffix);
        page.getByRole(AriaRole.BUTTON, named("Tiếp nhận")).click();
        assertThat(page.getByText("Đã tiếp nhận đảng viên " + name)).isVisible();
        assertThat(page.locator("#transfer-state")).hasText("Đã tiếp nhận");
        Browser.screenshot(page, "transfer-request-accepted" + suffix);
    }

    @Test
    void aTransferOutOfScopeWaitsAndIsAcceptedOnADesktop() throws Exception {
        transfer(1280, 800, "");
    }

    @Test
    void aTransferOutOfScopeWaitsAndIsAcceptedOnAPhone() throws Exception {
        transfer(390, 844, "-phone");
    }
}
