package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.Religion;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;
import vn.ptdv.training.Classes;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;

/**
 * A cell secretary reads the class the ward organized for the people of their cell: the class is
 * listed on their classes page, shows their own people only, and offers nothing they cannot do.
 * With a tree of its own ({@link Fixtures}).
 */
class CellSecretaryBrowserTest extends BrowserTest {
    private static final LocalDate TODAY = MutableClock.today();

    @Autowired
    Classes classes;
    @Autowired
    MemberRegistry registry;

    String secretary;
    String className;
    long classId;
    long otherClassId;
    String prefix;

    private static NewPerson person(String name, Gender gender, String residence) {
        return new NewPerson(name, TODAY.minusYears(24), gender, null, "01", Religion.NONE, "12/12", null, null,
                residence, null, null, OccupationCategory.WORKER, null, null, Boolean.TRUE);
    }

    @BeforeEach
    void data() {
        Fixtures.Tree tree = fixtures.tree();
        prefix = tree.prefix();
        className = "Lớp bồi dưỡng nhận thức về Đảng " + tree.prefix();
        classId = SystemActor.call(() -> {
            long id = classes.open(new OpenClass(className, tree.communeA(), TODAY.minusDays(6), TODAY.minusDays(2),
                    "Hội trường phường"));
            classes.enroll(new EnrollParticipant(id, new PersonChoice.New(person("Lê Thị Mai", Gender.FEMALE,
                    tree.cellA1())), ParticipantResult.certified("GCN-" + tree.prefix() + "-1", TODAY.minusDays(1))));
            classes.enroll(new EnrollParticipant(id, new PersonChoice.New(person("Trịnh Văn Khác", Gender.MALE,
                    tree.cellA2())), ParticipantResult.none()));
            return id;
        });
        otherClassId = SystemActor.call(() -> {
            long id = classes.open(new OpenClass(className + " (khóa II)", tree.communeA(), TODAY.minusDays(6),
                    TODAY.minusDays(2), null));
            classes.enroll(new EnrollParticipant(id, new PersonChoice.New(person("Phan Văn Ngoài", Gender.MALE,
                    tree.cellA2())), ParticipantResult.none()));
            return id;
        });
        SystemActor.run(() -> registry.register(RegisterMember.of(person("Đào Văn Đảng Viên", Gender.MALE,
                tree.cellA1()), tree.cellA1(), null, TODAY.minusMonths(3), null)));
        secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void theWardAboveTheCellIsNamedOnItsPageButNotLinked(int width) {
        Page page = signIn(width, 900, "/organizations/" + prefix + "-A-1", secretary);
        assertThat(page.getByRole(AriaRole.HEADING, named("Chi bộ Khu phố Đông " + prefix))).isVisible();
        assertThat(page.locator("dd").getByText("Đảng bộ phường Hòa Bình " + prefix)).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Đảng bộ phường Hòa Bình " + prefix))).hasCount(0);
        Browser.screenshot(page, "secretary-cell-" + width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void aCellSecretarysDashboardIsAboutTheirCell(int width) {
        Page page = signIn(width, 900, "/", secretary);
        assertThat(page.getByText("Đảng viên của chi bộ hôm nay")).isVisible();
        assertThat(page.getByText("Chính thức: 0 · Dự bị: 1")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, named("Công việc của Chi bộ Khu phố Đông " + prefix)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Lớp bồi dưỡng nhận thức về Đảng có người của chi bộ")))
                .isVisible();
        assertThat(page.getByText("Không có tổ chức trực thuộc.")).hasCount(0);
        assertThat(page.getByText("năm liền chưa kết nạp")).hasCount(0);
        Browser.screenshot(page, "secretary-dashboard-" + width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 390})
    void aCellSecretaryReadsTheResultsOfTheirPeopleInAClassTheWardOrganized(int width) {
        Page page = signIn(width, 900, "/classes?year=" + TODAY.minusDays(2).getYear(), secretary);
        assertThat(page.getByRole(AriaRole.HEADING, named("Lớp cấp trên mở có người của đồng chí theo học")))
                .isVisible();
        Browser.screenshot(page, "secretary-classes-" + width);

        page.getByRole(AriaRole.LINK, named(className)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named(className))).isVisible();
        assertThat(page.getByText("Người của đồng chí trong lớp (1)")).isVisible();
        assertThat(page.getByText("Lê Thị Mai")).isVisible();
        assertThat(page.getByText("Đã hoàn thành")).isVisible();
        assertThat(page.getByText("Trịnh Văn Khác")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Lưu kết quả"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, named("Ghi danh học viên"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, named("In danh sách học viên"))).hasCount(0);
        assertThat(page.locator("#content input")).hasCount(0);
        Browser.screenshot(page, "secretary-class-" + width);
        if (width < 576) {
            // One card per participant: the page is no wider than the phone.
            org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(width);
        }

        // Writing stays refused, and a class without their people stays hidden.
        Page other = context.newPage();
        org.assertj.core.api.Assertions.assertThat(
                other.navigate("http://localhost:" + port + "/classes/" + classId + "/print").status()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(
                other.navigate("http://localhost:" + port + "/classes/" + otherClassId).status()).isEqualTo(404);
    }
}
