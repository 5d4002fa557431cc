package vn.ptdv.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Browser;
import vn.ptdv.support.BrowserTest;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.MutableClock;

/**
 * A ward's committee works its admission dossiers: the worklist with what is overdue, opening a
 * dossier from the pool, recording steps with the form of each, a refusal quoting the rule and
 * its article, a late decision with its warning, a correction, the printout; an administrator
 * keeps the year's days off. Each test builds its own ward, which decides its own admissions, with
 * two official members to introduce applicants and the dossiers it follows.
 */
class AdmissionBrowserTest extends BrowserTest {
    static final LocalDate TODAY = MutableClock.today();
    /** The ceremony of the probationary member whose twelve months end in a fortnight. */
    static final LocalDate DUE_CEREMONY = TODAY.minusMonths(12).plusDays(15);

    Fixtures.Tree tree;
    String p;
    String ward;
    long introducer1;
    long introducer2;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        p = tree.prefix();
        fixtures.delegateAdmission(tree.communeA());
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        introducer1 = data.officialMember(tree.cellA1(), "Đoàn Văn Giới");
        introducer2 = data.officialMember(tree.cellA2(), "Đoàn Thị Thiệu");
    }

    /** A candidate of the cell certified by the ward's class two years ago. */
    private long applicant(String cell, String name) {
        return applicant(cell, name, TODAY.minusYears(2));
    }

    private long applicant(String cell, String name, LocalDate certified) {
        return data.applicant(cell, tree.communeA(), name, certified);
    }

    /** A probationary member whose twelve months end in a fortnight, in the first cell. */
    private long dueSoon() {
        return data.admitted(applicant(tree.cellA1(), "Mai Thị Dự Bị"), tree.cellA1(), DUE_CEREMONY.minusDays(14),
                DUE_CEREMONY, introducer1, introducer2);
    }

    /** A dossier of the first cell whose papers are being gathered (application and personal history). */
    private long preparing() {
        long dossier = data.dossier(applicant(tree.cellA1(), "Mai Văn Chuẩn Bị"), tree.cellA1());
        data.record(dossier, StepCode.APPLICATION, TODAY.minusDays(20));
        data.record(dossier, StepCode.PERSONAL_HISTORY, TODAY.minusDays(10));
        return dossier;
    }

    @Test
    void aCommitteeOpensADossierFromThePoolAndRecordsItsFirstSteps() {
        applicant(tree.cellA1(), "Lưu Thị Ứng Viên");
        Page page = signIn(1280, 900, "/prospects?organization=" + tree.cellA1(), ward);
        page.getByRole(AriaRole.LINK, named("Lưu Thị Ứng Viên")).click();
        page.getByRole(AriaRole.LINK, named("Lập hồ sơ kết nạp")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Lập hồ sơ kết nạp"))).isVisible();
        assertThat(page.getByLabel("Chi bộ")).hasValue(tree.cellA1());
        page.getByRole(AriaRole.BUTTON, named("Lập hồ sơ")).click();
        assertThat(page.getByText("Đã lập hồ sơ kết nạp của Lưu Thị Ứng Viên")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Đơn xin vào Đảng"))).isVisible();

        page.getByLabel("Ngày thực hiện").fill("");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.locator("#date-error")).containsText("Bắt buộc nhập");
        page.getByLabel("Ngày thực hiện").fill(VietnameseDates.format(MutableClock.today().minusDays(14)));
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Đơn xin vào Đảng\".")).isVisible();

        // Two introducers are needed: one alone is refused with the Charter's article, and nothing is stored.
        page.getByRole(AriaRole.LINK, exactly("Giới thiệu người vào Đảng")).click();
        page.getByLabel("Ngày thực hiện").fill(VietnameseDates.format(MutableClock.today().minusDays(7)));
        Browser.pickMember(page, "Người giới thiệu 1", "Đoàn Văn Giới");
        page.locator("#intro0-since").fill("01/01/2020");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        Locator refusal = page.locator("#rule-violations");
        assertThat(refusal).containsText("Cần hai đảng viên chính thức giới thiệu");
        assertThat(refusal).containsText("R-INTRO-COUNT — Điều lệ Đảng (2011), Điều 4");
        Browser.screenshot(page, "dossier-refused");
        Browser.pickMember(page, "Người giới thiệu 2", "Đoàn Thị Thiệu");
        page.locator("#intro1-since").fill("15/06/2021");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Giới thiệu người vào Đảng\".")).isVisible();
        assertThat(page.locator(".timeline-done")).hasCount(2);
        Browser.screenshot(page, "dossier-new");
    }

    @Test
    void theWorklistShowsWhatIsOverdueAndALateDecisionIsRecordedWithItsWarningThenCorrected() {
        // An official member decided three years ago, one whose probation ends in a fortnight, one whose
        // decision is overdue and one gathering papers.
        LocalDate officialDecision = TODAY.minusYears(3).minusDays(30);
        long official = data.admitted(applicant(tree.cellA2(), "Mai Văn Chính Thức",
                officialDecision.minusMonths(4)), tree.cellA2(), officialDecision,
                officialDecision.plusDays(14), introducer1, introducer2);
        data.recognized(official, officialDecision.plusDays(14));
        dueSoon();
        LocalDate vote = TODAY.minusDays(120);
        long overdue = data.proposed(applicant(tree.cellA1(), "Mai Văn Quá Hạn"), tree.cellA1(), vote, introducer1,
                introducer2);
        data.record(overdue, StepCode.COMMITTEE_RESOLUTION, vote.plusDays(7), StepData.CommitteeVote.of(9, 8));
        preparing();
        Page page = signIn(1280, 900, "/dossiers", ward);
        assertThat(page.getByRole(AriaRole.HEADING, named("Hồ sơ kết nạp — Đảng bộ phường Hòa Bình " + p))).isVisible();
        // The three dossiers still at work; the official member's is done.
        assertThat(page.locator("table tbody tr")).hasCount(3);
        assertThat(page.locator("table tbody")).not().containsText("Mai Văn Chính Thức");
        Locator overdueRow = page.locator("tr.table-danger");
        assertThat(overdueRow).hasCount(1);
        assertThat(overdueRow).containsText("Quyết định kết nạp");
        assertThat(overdueRow).containsText("Mai Văn Quá Hạn");
        assertThat(page.getByText("Đủ 12 tháng dự bị ngày " + VietnameseDates.format(DUE_CEREMONY.plusMonths(12))))
                .isVisible();
        Browser.screenshot(page, "dossiers-worklist");

        page.getByLabel("Chỉ hồ sơ cần chú ý").check();
        page.getByRole(AriaRole.BUTTON, named("Lọc")).click();
        assertThat(page.locator("tr.table-danger")).hasCount(1);
        assertThat(page.getByText("Đủ 12 tháng dự bị ngày")).isVisible();

        overdueRow.locator("a").click();
        assertThat(page.locator(".alert-danger")).containsText("Quá hạn bước \"Quyết định kết nạp\"");
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Quyết định kết nạp"))).isVisible();
        page.getByLabel("Số quyết định").fill("245-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, named("Ghi nhận")).click();
        assertThat(page.getByText("Đã ghi nhận bước \"Quyết định kết nạp\".")).isVisible();
        Locator findings = page.locator("section[aria-labelledby=findings-heading]");
        assertThat(findings).containsText("Quyết định sau hạn");
        assertThat(findings).containsText("R-DECISION-60WD — Quy định số 294-QĐ/TW");
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Lễ kết nạp"))).isVisible();
        Browser.screenshot(page, "dossier-late-decision");

        page.getByRole(AriaRole.LINK, named("Sửa bước Quyết định kết nạp")).click();
        page.getByLabel("Số quyết định").fill("246-QĐ/ĐU");
        page.getByRole(AriaRole.BUTTON, named("Lưu bản sửa")).click();
        assertThat(page.locator("#correctionReason-error")).containsText("Bắt buộc nhập");
        page.getByLabel("Lý do sửa").fill("Ghi nhầm số quyết định");
        Browser.screenshot(page, "dossier-correction");
        page.getByRole(AriaRole.BUTTON, named("Lưu bản sửa")).click();
        assertThat(page.getByText("Bản sửa, lý do: Ghi nhầm số quyết định")).isVisible();
        assertThat(page.locator("tr.text-decoration-line-through")).containsText("Số 245-QĐ/ĐU");
        Browser.screenshot(page, "dossier");

        page.getByRole(AriaRole.LINK, named("In tóm tắt")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("TÓM TẮT HỒ SƠ KẾT NẠP ĐẢNG VIÊN"))).isVisible();
        assertThat(page.getByText("Số 246-QĐ/ĐU")).isVisible();
        Browser.screenshot(page, "dossier-print");

        // A recognized member's dossier shows the party age, counted from the date of the admission decision.
        open(page, "/dossiers?state=OFFICIAL");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        page.getByRole(AriaRole.LINK, named("Mai Văn Chính Thức")).click();
        assertThat(page.getByText("Tuổi đảng:")).containsText("Tuổi đảng: 3 năm, tính từ ngày quyết định kết nạp "
                + VietnameseDates.format(officialDecision));
        Browser.screenshot(page, "dossier-official");
    }

    @Test
    void aCellSecretaryFollowsADossierOnAPhoneButDoesNotRecordTheCommitteesSteps() {
        dueSoon();
        preparing();
        // A dossier of the other cell is not the secretary's.
        data.dossier(applicant(tree.cellA2(), "Mai Thị Chi Bộ Khác"), tree.cellA2());
        Page page = signIn(390, 844, "/dossiers?state=PROBATION", fixtures.user(Role.CELL_SECRETARY, tree.cellA1()));
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Mai Thị Dự Bị");
        Browser.screenshot(page, "dossiers-phone");
        page.locator("table tbody tr a").first().click();
        assertThat(page.getByText("Đảng viên dự bị").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactly("Lớp bồi dưỡng đảng viên mới"))).isVisible();
        Browser.screenshot(page, "dossier-phone");

        open(page, "/dossiers?state=PREPARING");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        page.getByRole(AriaRole.LINK, named("Mai Văn Chuẩn Bị")).click();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Giới thiệu người vào Đảng"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, exactly("Thẩm tra lý lịch"))).hasCount(0);
    }

    @Test
    void anAdministratorKeepsTheYearsDaysOff() {
        // A year far ahead, whose days off no other test reads (the calendar is the installation's).
        Page page = signIn(1280, 900, "/settings/holidays?year=2040", fixtures.user(Role.ADMIN, null));
        Browser.screenshot(page, "holidays-2040");
        assertThat(page.getByText("Năm 2040 chưa nhập lịch chính thức")).isVisible();
        assertThat(page.getByText("Tết Nguyên đán").first()).isVisible();
        page.locator("#date").fill("06/02/2040");
        page.getByLabel("Loại ngày").selectOption("WORKING_DAY");
        page.locator("#name").fill("Làm bù");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.locator("#kind-error")).containsText("không phải thứ Bảy hay Chủ nhật");
        page.locator("#date").fill("28/01/2040");
        page.getByRole(AriaRole.BUTTON, named("Lưu")).click();
        assertThat(page.getByText("Đã lưu ngày 28/01/2040 vào lịch.")).isVisible();
        assertThat(page.locator("td", new Page.LocatorOptions().setHasText("Ngày làm bù"))).hasCount(1);
        Browser.screenshot(page, "holidays");
    }
}
