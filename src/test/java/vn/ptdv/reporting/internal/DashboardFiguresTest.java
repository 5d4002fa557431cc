package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.admission.Admissions;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.TestData;

/**
 * The stagnant cells a commune lists, and the number its dashboard shows, by one rule: the cell
 * existed the whole window and admitted nobody after the window opened up to the as-of date.
 * The country's figures are read in one pass, the others organization by organization: both
 * ways give the same figures. The overdue dossiers are counted for the subtree they lie in.
 */
@IntegrationTest
class DashboardFiguresTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired
    Fixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    CellReports cells;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    Admissions admissions;

    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        clock.reset();
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @Test
    void theDashboardCountsTheCellsTheReportListsOnTheBoundaryDaysAndAfterAMove() throws Exception {
        LocalDate today = MutableClock.today();
        LocalDate windowStart = today.minusYears(2);
        String longAgo = windowStart.minusYears(3).toString();
        LocalDate movedAdmitted = windowStart.minusYears(1);
        String boundary = cell(tree.communeA(), "RB", longAgo);
        String dayAfter = cell(tree.communeA(), "RS", longAgo);
        String never = cell(tree.communeA(), "RN", longAgo);
        String young = cell(tree.communeA(), "RY", windowStart.plusDays(1).toString());
        String moved = cell(tree.communeB(), "RM", longAgo);
        member(boundary, windowStart);
        member(dayAfter, windowStart.plusDays(1));
        member(moved, movedAdmitted);
        // A cell moved into the commune counts there by today's structure, with its whole history.
        api.post(department, "/api/v1/restructurings", """
                {"type": "MOVE", "effectiveDate": "%s", "organizationCode": "%s", "newParentCode": "%s"}
                """.formatted(today.minusMonths(3), moved, tree.communeA())).andExpect(status().isCreated());

        List<CellReports.StagnantCell> stagnant = stagnant(tree.communeA(), today);
        assertThat(stagnant).extracting(CellReports.StagnantCell::code)
                .contains(boundary, never, moved).doesNotContain(dayAfter, young);
        assertThat(stagnant).filteredOn(c -> c.code().equals(boundary))
                .extracting(CellReports.StagnantCell::lastAdmission).containsExactly(windowStart);
        assertThat(stagnant).filteredOn(c -> c.code().equals(moved))
                .extracting(CellReports.StagnantCell::lastAdmission).containsExactly(movedAdmitted);
        assertThat(stagnant).filteredOn(c -> c.code().equals(never))
                .extracting(CellReports.StagnantCell::lastAdmission).containsOnlyNulls();
        assertThat(count(tree.communeA(), today)).isEqualTo(stagnant.size());
        assertThat(count(tree.communeB(), today)).isEqualTo(stagnant(tree.communeB(), today).size());
        assertThat(count(tree.province(), today)).isEqualTo(stagnant(tree.province(), today).size());

        // On the day the window opened, the admission of the next day is yet to come and the one of
        // that day falls in the two years before it; the moved cell's admission a year earlier too.
        List<CellReports.StagnantCell> earlier = stagnant(tree.communeA(), windowStart);
        assertThat(earlier).extracting(CellReports.StagnantCell::code).contains(dayAfter, never)
                .doesNotContain(boundary, moved, young);
        assertThat(count(tree.communeA(), windowStart)).isEqualTo(earlier.size());
    }

    String cell(String parent, String suffix, String establishedOn) throws Exception {
        String code = parent + "-" + suffix;
        api.post(department, "/api/v1/organizations", """
                {"code": "%s", "name": "Chi bộ %s", "type": "CELL", "parentCode": "%s", "cellKind": "RESIDENTIAL",
                 "establishedOn": "%s"}
                """.formatted(code, code, parent, establishedOn)).andExpect(status().isCreated());
        return code;
    }

    void member(String cell, LocalDate decidedOn) throws Exception {
        api.post(department, "/api/v1/members", """
                {"person": {"fullName": "Đảng viên %d", "birthDate": "1980-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "decidedOn": "%s"}
                """.formatted(SEQUENCE.incrementAndGet(), cell, cell, decidedOn)).andExpect(status().isCreated());
    }

    List<CellReports.StagnantCell> stagnant(String organization, LocalDate asOf) {
        return SystemActor.call(() -> cells.stagnant(ref(organization), 2, asOf, null));
    }

    /** The dashboard's count; the other way of counting (cell by cell, or in one pass) must agree. */
    long count(String organization, LocalDate asOf) {
        long count = SystemActor.call(() -> cells.stagnantCount(ref(organization), 2, asOf));
        assertThat(SystemActor.call(() -> cells.stagnantCount(ref(organization), 2, asOf, true))).isEqualTo(count);
        assertThat(SystemActor.call(() -> cells.stagnantCount(ref(organization), 2, asOf, false))).isEqualTo(count);
        return count;
    }

    @Test
    void theFunnelCountsTheYearsDecisionsAndThePoolTheSameOrganizationByOrganizationAsInOnePass() throws Exception {
        LocalDate today = MutableClock.today();
        LocalDate newYear = today.withDayOfYear(1);
        member(tree.cellA1(), today);
        member(tree.cellA2(), newYear);
        member(tree.cellA2(), newYear.minusDays(1));
        member(tree.cellB1(), newYear);
        data.prospect(tree.cellA1(), "Quần chúng " + SEQUENCE.incrementAndGet(), newYear.minusMonths(6), null);
        for (boolean onePass : List.of(true, false)) {
            CellReports.Funnel commune = funnel(tree.communeA(), onePass);
            assertThat(commune.decided()).isEqualTo(2);
            assertThat(commune.pool()).isEqualTo(1);
            assertThat(funnel(tree.province(), onePass).decided()).isEqualTo(3);
            assertThat(funnel(tree.cellA2(), onePass).decided()).isEqualTo(1);
        }
        assertThat(funnel(tree.province(), true)).isEqualTo(funnel(tree.province(), false));
    }

    @Test
    void anOpenDossierPastItsDeadlineIsOverdueForItsCommuneAndProvinceOnly() {
        LocalDate vote = MutableClock.today().minusMonths(6);
        long one = data.officialMember(tree.cellA1(), "Người Giới Thiệu " + TestData.next());
        long two = data.officialMember(tree.cellA1(), "Người Giới Thiệu " + TestData.next());
        long late = data.applicant(tree.cellA1(), tree.communeA(), "Người Quá Hạn " + TestData.next(),
                vote.minusMonths(2));
        data.proposed(late, tree.cellA1(), vote, one, two);
        long onTime = data.applicant(tree.cellA1(), tree.communeA(), "Người Đúng Hạn " + TestData.next(),
                MutableClock.today().minusMonths(2));
        data.proposed(onTime, tree.cellA1(), MutableClock.today(), one, two);
        assertThat(overdue(tree.communeA())).isEqualTo(1);
        assertThat(overdue(tree.province())).isEqualTo(1);
        assertThat(overdue(tree.cellA1())).isEqualTo(1);
        assertThat(overdue(tree.communeB())).isZero();
    }

    long overdue(String organization) {
        return SystemActor.call(() -> admissions.overdue(ref(organization).id()));
    }

    CellReports.Funnel funnel(String organization, boolean onePass) {
        return SystemActor.call(() -> cells.funnel(ref(organization), MutableClock.today().getYear(), onePass));
    }

    OrganizationRef ref(String code) {
        return organizations.findByCode(code).orElseThrow();
    }
}
