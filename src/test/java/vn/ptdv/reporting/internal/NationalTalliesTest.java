package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.admission.Admissions;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.TestData;

/**
 * The landing pages of the whole Party and of a province read their figures from the tallies:
 * after every kind of change
 * (admissions registered and decided, a dossier awaiting a decision or overdue, the pool, a
 * member's transfer, a cell moved to another province, two cells merged, days passing over the
 * stagnant window) they are the figures the live queries give, and the tallies kept change by
 * change are those built anew from the facts.
 */
@IntegrationTest
class NationalTalliesTest {
    @Autowired
    Fixtures fixtures;
    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    CellReports cells;
    @Autowired
    ProgressStore progress;
    @Autowired
    TallyFigures tallies;
    @Autowired
    Admissions admissions;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    JdbcClient jdbc;

    String nation;
    Fixtures.Tree north;
    Fixtures.Tree south;
    String department;

    @BeforeEach
    void setUp() {
        clock.reset();
        nation = fixtures.nation();
        north = fixtures.tree(nation);
        south = fixtures.tree(nation);
        department = fixtures.user(Role.ORG_DEPARTMENT, nation);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Every figure of the landing page of the whole Party, and the progress by month. */
    record Figures(Map<Long, List<ProgressStore.Counts>> progress, Map<Integer, Long> months,
            CellReports.Funnel funnel, long stagnant, List<CellReports.StagnantCell> stagnantCells,
            List<CellReports.StagnantCell> stagnantSchools, long overdue) {
    }

    @Test
    void theWholePartysFiguresFromTheTalliesAreThoseOfTheLiveQueriesAfterEveryKindOfChange() throws Exception {
        LocalDate today = MutableClock.today();
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(nation), today))).hasValue(1);
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(north.province()), today))).hasValue(2);
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(north.communeA()), today))).isEmpty();
        assertAgree("an empty country");

        // Admissions: members registered with their decisions, on both sides of the windows.
        LocalDate newYear = today.withDayOfYear(1);
        member(north.cellA1(), newYear);
        member(north.cellA1(), newYear.minusDays(1));
        long moving = member(north.cellA2(), today.minusYears(4));
        member(south.cellB1(), today);
        member(south.cellB2(), today.minusYears(2));
        member(south.agencyCell(), today.minusYears(2).plusDays(1));
        assertAgree("members registered");

        // Dossiers: one awaiting the committee's decision and past its deadline, one decided; the pool.
        long one = data.officialMember(north.cellB1(), "Người Giới Thiệu " + TestData.next());
        long two = data.officialMember(north.cellB1(), "Người Giới Thiệu " + TestData.next());
        LocalDate vote = today.minusMonths(6);
        data.proposed(data.applicant(north.cellB1(), north.communeB(), "Người Chờ " + TestData.next(),
                vote.minusMonths(2)), north.cellB1(), vote, one, two);
        data.decided(data.applicant(north.cellB1(), north.communeB(), "Người Được Kết Nạp " + TestData.next(),
                today.minusMonths(3)), north.cellB1(), today.minusMonths(1), one, two);
        data.prospect(south.cellA1(), "Quần chúng " + TestData.next(), today.minusMonths(2), null);
        Figures decided = figures(nation);
        assertThat(decided.overdue()).isGreaterThan(0);
        assertThat(decided.funnel().pool()).isGreaterThan(0);
        assertAgree("dossiers and the pool");

        // A member's transfer to a cell of the other province.
        api.post(department, "/api/v1/members/" + moving + "/movements", """
                {"type": "TRANSFER", "date": "%s", "toOrganizationCode": "%s"}
                """.formatted(today.minusMonths(2), south.cellA2())).andExpect(status().isOk());
        assertAgree("a member transferred");

        // A cell moved to the other province takes its history there.
        api.post(department, "/api/v1/restructurings", """
                {"type": "MOVE", "effectiveDate": "%s", "organizationCode": "%s", "newParentCode": "%s"}
                """.formatted(today.minusMonths(1), north.cellA1(), south.communeA())).andExpect(status().isCreated());
        assertAgree("a cell moved");

        // Two cells merged into a new one: their histories are the new cell's.
        api.post(department, "/api/v1/restructurings", """
                {"type": "MERGE", "effectiveDate": "%s", "directive": "Nghị quyết số 12-NQ/ĐU",
                 "sourceCodes": ["%s", "%s"],
                 "target": {"code": "%s-GOP", "name": "Chi bộ Hợp Nhất", "type": "CELL", "parentCode": "%s"}}
                """.formatted(today, south.cellB1(), south.cellB2(), south.communeB(),
                south.communeB())).andExpect(status().isCreated());
        assertAgree("two cells merged");

        // A day and a year later, the stagnant window has moved over the admissions.
        clock.advance(Duration.ofDays(1));
        assertAgree("the next day");
        clock.advance(Duration.ofDays(365));
        assertAgree("a year later");
        Figures later = figures(nation);
        assertThat(later.stagnantCells()).hasSize((int) later.stagnant());
        assertThat(later.stagnantSchools()).isNotEmpty().allMatch(cell -> cell.kind() == CellKind.SCHOOL);
    }

    /** The tallies' figures equal the live queries'; the tallies kept change by change equal those built anew. */
    void assertAgree(String after) {
        for (String organization : List.of(nation, north.province(), south.province())) {
            Figures fromTallies = figures(organization);
            Figures live = live(() -> figures(organization));
            assertThat(fromTallies).as("the figures of " + organization + " after " + after).isEqualTo(live);
        }
        List<String> kept = tallyRows();
        ReportTallies.rebuild(jdbc, LocalDate.now(clock));
        assertThat(tallyRows()).as("the tallies after " + after).isEqualTo(kept);
    }

    Figures figures(String organization) {
        return SystemActor.call(() -> {
            OrganizationRef root = ref(organization);
            LocalDate today = LocalDate.now(clock);
            List<Long> ids = new ArrayList<>(organizations.childrenOn(root.id(), today).stream()
                    .map(OrganizationRef::id).toList());
            ids.add(root.id());
            List<ProgressStore.Window> windows = List.of(
                    new ProgressStore.Window(today.minusYears(5).withDayOfYear(1), today.plusYears(1)),
                    new ProgressStore.Window(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1)));
            return new Figures(progress.counts(root, ids, windows, today, today),
                    progress.byMonth(root, today.minusYears(5), today, today),
                    cells.funnel(root, today.getYear()),
                    cells.stagnantCount(root, 2, today),
                    cells.stagnant(root, 2, today, null),
                    cells.stagnant(root, 2, today, CellKind.SCHOOL),
                    tallies.tierFor(root, today).isPresent()
                            ? tallies.overdue(root, tallies.tierFor(root, today).getAsInt(), today)
                            : admissions.overdue(root.id()));
        });
    }

    /** What the live queries answer while the tallies are marked unbuilt. */
    <T> T live(Supplier<T> figures) {
        jdbc.sql("UPDATE tally_state SET built = FALSE WHERE id = 1").update();
        try {
            assertThat(SystemActor.call(() -> tallies.tierFor(ref(nation), LocalDate.now(clock)))).isEmpty();
            return figures.get();
        } finally {
            jdbc.sql("UPDATE tally_state SET built = TRUE WHERE id = 1").update();
        }
    }

    /** The rows of the national tallies, as text in one order. */
    List<String> tallyRows() {
        Map<String, Object> root = Map.of("root", ref(nation).id());
        List<String> rows = new ArrayList<>(jdbc.sql("""
                SELECT t.tier, t.top_id, t.kind, t.dated, t.n FROM tally_top_day t
                WHERE t.top_id IN (SELECT descendant_id FROM organization_subtree WHERE ancestor_id = :root)
                ORDER BY t.tier, t.top_id, t.kind, t.dated
                """).params(root).query((rs, n) -> rs.getInt(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " "
                + rs.getObject(4, LocalDate.class) + " " + rs.getLong(5)).list());
        rows.addAll(jdbc.sql("""
                SELECT c.tier, c.top_id, c.since, c.last_decision, c.n FROM tally_top_cell c
                WHERE c.top_id IN (SELECT descendant_id FROM organization_subtree WHERE ancestor_id = :root)
                ORDER BY c.tier, c.top_id, c.since, c.last_decision
                """).params(root).query((rs, n) -> rs.getInt(1) + " " + rs.getLong(2) + " cells "
                + rs.getObject(3, LocalDate.class) + " " + rs.getObject(4, LocalDate.class) + " " + rs.getLong(5))
                .list());
        rows.addAll(jdbc.sql("""
                SELECT o.organization_id, o.top_id, o.part_id, o.since, o.last_decision, o.pool FROM tally_organization o
                WHERE o.top_id IN (SELECT descendant_id FROM organization_subtree WHERE ancestor_id = :root)
                ORDER BY o.organization_id
                """).params(root).query((rs, n) -> "organization " + rs.getLong(1) + " in " + rs.getLong(2) + "/"
                + rs.getLong(3) + " since " + rs.getObject(4, LocalDate.class) + " last "
                + rs.getObject(5, LocalDate.class) + " pool " + rs.getLong(6)).list());
        return rows;
    }

    long member(String cell, LocalDate decidedOn) throws Exception {
        return Json.id(api.post(department, "/api/v1/members", """
                {"person": {"fullName": "Đảng viên %d", "birthDate": "1980-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "decidedOn": "%s"}
                """.formatted(TestData.next(), cell, cell, decidedOn)).andExpect(status().isCreated()));
    }

    OrganizationRef ref(String code) {
        return organizations.findByCode(code).orElseThrow();
    }
}
