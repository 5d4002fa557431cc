package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.TestData;

/**
 * What the tests of the tallies share: a country of its own with two provinces (north and south)
 * for each test, and the check that after a change the landing pages' figures read from the
 * tallies are those of the live queries, for the country and both provinces, and that the tallies
 * kept change by change are those built anew from the facts.
 */
abstract class TallyAgreement {
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

    /** The tallies' figures equal the live queries'; the tallies kept change by change equal those built anew. */
    void assertAgree(String after) {
        assertAgree(after, nation, List.of(nation, north.province(), south.province()));
    }

    /** The same for the organizations of another whole Party. */
    void assertAgree(String after, String root, List<String> organizationsCompared) {
        for (String organization : organizationsCompared) {
            Figures fromTallies = figures(organization);
            Figures live = live(() -> figures(organization));
            assertThat(fromTallies).as("the figures of " + organization + " after " + after).isEqualTo(live);
        }
        List<String> kept = tallyRows(root);
        ReportTallies.rebuild(jdbc, LocalDate.now(clock));
        assertThat(tallyRows(root)).as("the tallies after " + after).isEqualTo(kept);
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
    List<String> tallyRows(String national) {
        Map<String, Object> root = Map.of("root", ref(national).id());
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
