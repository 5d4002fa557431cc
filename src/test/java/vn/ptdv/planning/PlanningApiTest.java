package vn.ptdv.planning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.shared.Role;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.TestData;
import vn.ptdv.support.Json;

/**
 * Terms, directives, targets and assignments, and the reports on them: progress with its
 * percentages, targets that follow a merger, cells without admissions, the assigned cadres' duty,
 * the ranking, and the user's scope.
 */
@IntegrationTest
class PlanningApiTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired
    Fixtures fixtures;
    @Autowired
    TestData data;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    String term;
    /** Two official members of each grassroots organization, to introduce its applicants. */
    final Map<String, long[]> introducers = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        term = "NK" + SEQUENCE.incrementAndGet();
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Nhiệm kỳ 2025-2030", "startDate": "2025-10-01", "endDate": "2030-09-30"}
                """.formatted(term)).andExpect(status().isCreated());
    }

    String target(String organization, Integer year, int admissions) {
        return """
                {"organizationCode": "%s", "termCode": "%s", %s "admissions": "%d"}
                """.formatted(organization, term, year == null ? "" : "\"year\": " + year + ",", admissions);
    }

    /** A person admitted by a decision of the date, credited to the cell: a dossier taken through its steps. */
    void decided(String cell, LocalDate decision) {
        String grassroots = cell.substring(0, cell.lastIndexOf('-'));
        long[] two = introducers.computeIfAbsent(grassroots, g -> new long[] {
                data.officialMember(cell, "Người Giới Thiệu " + TestData.next()),
                data.officialMember(cell, "Người Giới Thiệu " + TestData.next())});
        long person = data.applicant(cell, grassroots, "Người Được Kết Nạp " + TestData.next(), decision.minusMonths(4));
        data.decided(person, cell, decision, two[0], two[1]);
    }

    @Test
    void aTermEndsAfterItStartsAndOnlyADepartmentAddsOne() throws Exception {
        api.post(department, "/api/v1/terms", """
                {"code": "X%s", "name": "Sai", "startDate": "2030-10-01", "endDate": "2030-09-30"}
                """.formatted(term))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"));
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Trùng", "startDate": "2025-10-01", "endDate": "2030-09-30"}
                """.formatted(term))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đã có nhiệm kỳ")));
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        api.post(committee, "/api/v1/terms", """
                {"code": "Y%s", "name": "Không được", "startDate": "2025-10-01", "endDate": "2030-09-30"}
                """.formatted(term)).andExpect(status().isForbidden());
    }

    @Test
    void aDirectiveIsReadFromItsNumberAndSymbolAndAMismatchedIssuerIsAWarning() throws Exception {
        String plan = "%d-KH/TU".formatted(SEQUENCE.incrementAndGet());
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%s", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s",
                 "title": "Kế hoạch phát triển đảng viên năm 2026"}
                """.formatted(plan, tree.province()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.typeCode").value("KH"))
                .andExpect(jsonPath("$.issuerSymbol").value("TU"))
                .andExpect(jsonPath("$.warnings").isEmpty());
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%s", "type": "PLAN", "issuedOn": "2026-03-01", "issuerCode": "%s", "title": "Trùng"}
                """.formatted(plan, tree.province()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("numberSymbol"))
                .andExpect(jsonPath("$.errors[0].message", containsString("trong năm 2026")));
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%s", "type": "PLAN", "issuedOn": "2025-06-02", "issuerCode": "%s", "title": "Năm trước"}
                """.formatted(plan, tree.province())).andExpect(status().isCreated());
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%d-NQ/HU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s", "title": "Sai cấp"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.province()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[*].code", contains("ISSUER_LEVEL", "TYPE_CODE")))
                .andExpect(jsonPath("$.warnings[0].message", containsString("thường ký /TU")));
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "12/KH-TU", "type": "PLAN", "issuedOn": "2026-02-31", "issuerCode": "%s", "title": "Sai"}
                """.formatted(tree.province()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("numberSymbol", "issuedOn")));
    }

    @Test
    void targetsAreAllocatedDownTheTreeWithAWarningWhenTheyDoNotAddUp() throws Exception {
        api.put(department, "/api/v1/targets", target(tree.province(), null, 100))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings").isEmpty());
        api.put(department, "/api/v1/targets", target(tree.communeA(), null, 60))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings").isEmpty());
        api.put(department, "/api/v1/targets", target(tree.communeB(), null, 50))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0].code").value("SIBLINGS"))
                .andExpect(jsonPath("$.warnings[0].message", containsString("(110, của 2/3 tổ chức")));
        api.put(department, "/api/v1/targets", target(tree.communeB(), 2031, 5))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        api.put(department, "/api/v1/targets", target(tree.communeB(), 2026, 60))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[*].code", hasItem("YEARS")));
        api.put(department, "/api/v1/targets", """
                {"organizationCode": "%s", "termCode": "%s", "admissions": "mười"}
                """.formatted(tree.communeB(), term))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("admissions"));
        api.get(department, "/api/v1/targets?organization=" + tree.province() + "&term=" + term)
                .andExpect(jsonPath("$.organization.targets.term").value(100))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeB() + "')].targets.2026",
                        hasItem(60)));
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        api.put(secretary, "/api/v1/targets", target(tree.cellA1(), null, 2)).andExpect(status().isForbidden());
    }

    @Test
    void progressCountsDecisionsUpToTheAsOfDateAsAPercentOfTheTarget() throws Exception {
        api.put(department, "/api/v1/targets", target(tree.communeA(), 2026, 9)).andExpect(status().isOk());
        for (int i = 0; i < 6; i++) {
            decided(tree.cellA1(), LocalDate.of(2026, 3, 2 + i));
        }
        decided(tree.cellA2(), LocalDate.of(2026, 6, 30));
        decided(tree.cellA2(), LocalDate.of(2026, 7, 1));
        decided(tree.cellA2(), LocalDate.of(2025, 12, 31));
        String url = "/api/v1/reports/progress?organization=" + tree.province() + "&term=" + term + "&year=2026&asOf=";
        api.get(department, url + "2026-06-30")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].admitted", hasItem(7)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].percent",
                        hasItem(77.78)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].remaining", hasItem(2)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].pacePerQuarter",
                        hasItem(1)));
        api.get(department, url + "2026-07-01")
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].admitted", hasItem(8)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.communeA() + "')].percent",
                        hasItem(88.89)));
        api.get(department, "/api/v1/reports/progress?organization=" + tree.communeA() + "&term=" + term
                + "&asOf=2026-07-01")
                .andExpect(jsonPath("$.admitted").value(9))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + tree.cellA1() + "')].admitted", hasItem(6)));
        api.get(department, "/api/v1/reports/ranking?organization=" + tree.province() + "&term=" + term
                + "&year=2026&asOf=2026-07-01")
                .andExpect(jsonPath("$[0].organizationCode").value(tree.communeA()))
                .andExpect(jsonPath("$[0].rank").value(1));
        String outsider = fixtures.user(Role.COMMITTEE, tree.communeB());
        api.get(outsider, "/api/v1/reports/progress?organization=" + tree.communeA() + "&term=" + term)
                .andExpect(status().isNotFound());
    }

    @Test
    void targetsAndAdmissionsOfMergedCommunesRollIntoTheNewOne() throws Exception {
        api.put(department, "/api/v1/targets", target(tree.communeA(), null, 10)).andExpect(status().isOk());
        api.put(department, "/api/v1/targets", target(tree.communeB(), null, 5)).andExpect(status().isOk());
        decided(tree.cellA1(), LocalDate.of(2026, 1, 12));
        decided(tree.cellB1(), LocalDate.of(2026, 2, 9));
        String merged = tree.prefix() + "-AB";
        api.post(department, "/api/v1/restructurings", """
                {"type": "MERGE", "effectiveDate": "%s", "directive": "Nghị quyết số 9-NQ/TU",
                 "sourceCodes": ["%s", "%s"],
                 "target": {"code": "%s", "name": "Đảng bộ phường Hợp Nhất", "type": "GRASSROOTS_COMMITTEE", "parentCode": "%s"}}
                """.formatted(MutableClock.today().minusDays(1), tree.communeA(), tree.communeB(), merged, tree.province()))
                .andExpect(status().isCreated());
        api.get(department, "/api/v1/reports/progress?organization=" + tree.province() + "&term=" + term)
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + merged + "')].target", hasItem(15)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + merged + "')].admitted", hasItem(2)))
                .andExpect(jsonPath("$.children[?(@.organizationCode == '" + merged + "')].percent", hasItem(13.33)))
                .andExpect(jsonPath("$.children[*].organizationCode", not(hasItem(tree.communeA()))));
    }

    @Test
    void aCellIsStagnantWhenItsLastAdmissionIsExactlyTheYearsAskedOrMore() throws Exception {
        api.post(department, "/api/v1/members", member(tree.cellA1(), "2022-05-10")).andExpect(status().isCreated());
        api.post(department, "/api/v1/members", member(tree.cellA2(), "2022-05-11")).andExpect(status().isCreated());
        String url = "/api/v1/reports/stagnant-cells?organization=" + tree.communeA() + "&years=2&asOf=2024-05-10";
        api.get(department, url)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].organizationCode", hasItem(tree.cellA1())))
                .andExpect(jsonPath("$[*].organizationCode", not(hasItem(tree.cellA2()))))
                .andExpect(jsonPath("$[?(@.organizationCode == '" + tree.cellA1() + "')].lastAdmission",
                        hasItem("2022-05-10")));
        api.get(department, url + "&kind=SCHOOL").andExpect(jsonPath("$", empty()));
        api.get(department, "/api/v1/reports/stagnant-cells?organization=" + tree.communeA() + "&years=2&asOf=2024-05-09")
                .andExpect(jsonPath("$[*].organizationCode", not(hasItem(tree.cellA1()))));
        api.get(department, "/api/v1/reports/stagnant-cells?organization=" + tree.communeB() + "&years=2")
                .andExpect(jsonPath("$", hasSize(2)));
        api.get(department, "/api/v1/reports/stagnant-cells?organization=" + tree.communeB() + "&years=0")
                .andExpect(status().isBadRequest());
    }

    static String member(String cell, String admittedOn) {
        return """
                {"person": {"fullName": "Đảng viên %d", "birthDate": "1980-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "%s"}
                """.formatted(SEQUENCE.incrementAndGet(), cell, cell, admittedOn);
    }

    @Test
    void anAssignedCadreHasDoneTheYearsDutyOnceTheyIntroduceSomeoneToTheirCellsPool() throws Exception {
        long cadre = Json.id(api.post(department, "/api/v1/members", member(tree.cellA1(), "2010-01-01")
                .replace("\"admittedOn\": \"2010-01-01\"", "\"admittedOn\": \"2010-01-01\", \"officialOn\": \"2011-01-01\"")));
        long other = Json.id(api.post(department, "/api/v1/members", member(tree.cellA1(), "2010-01-01")
                .replace("\"admittedOn\": \"2010-01-01\"", "\"admittedOn\": \"2010-01-01\", \"officialOn\": \"2011-01-01\"")));
        String assignment = """
                {"memberId": %d, "cellCode": "%s", "role": "SUPERVISE", "from": "2026-01-01"}
                """;
        api.post(department, "/api/v1/assignments", assignment.formatted(cadre, tree.cellA2())).andExpect(status().isCreated());
        api.post(department, "/api/v1/assignments", assignment.formatted(cadre, tree.cellA2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        api.post(department, "/api/v1/assignments", assignment.formatted(other, tree.cellA1())).andExpect(status().isCreated());
        api.post(department, "/api/v1/assignments", """
                {"memberId": %d, "cellCode": "%s", "role": "SUPERVISE", "from": "2026-01-01", "to": "2025-12-31"}
                """.formatted(other, tree.cellB1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"));

        api.post(department, "/api/v1/prospects", """
                {"person": {"fullName": "Quần Chúng %d", "birthDate": "2000-01-01", "gender": "FEMALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "since": "2026-03-01", "channel": "CELL", "categories": [],
                 "introducedByMemberId": %d}
                """.formatted(SEQUENCE.incrementAndGet(), tree.cellA2(), tree.cellA2(), cadre))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.introducedByMemberId").value(cadre));
        api.get(department, "/api/v1/reports/assignment-duty?organization=" + tree.communeA() + "&year=2026")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.done").value(1))
                .andExpect(jsonPath("$.duties[?(@.memberId == " + cadre + ")].introduced", hasItem(1)))
                .andExpect(jsonPath("$.duties[?(@.memberId == " + other + ")].introduced", hasItem(0)));
        api.get(department, "/api/v1/reports/assignment-duty?organization=" + tree.communeA() + "&year=2025")
                .andExpect(jsonPath("$.total").value(0));
    }
}
