package vn.ptdv.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;

/**
 * A dossier driven through the API from the application to full membership, with the refusals,
 * corrections, stops, owners and deadlines a user meets on the way; the member counts and the
 * admissions of a period agree with the dossier's dates.
 */
@IntegrationTest
class AdmissionApiTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    long introducer1;
    long introducer2;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        introducer1 = member(tree.cellA1(), "2010-03-01", "2011-03-01");
        introducer2 = member(tree.cellA2(), "2012-05-01", "2013-05-01");
    }

    static String person(String name, String birthDate, String residence) {
        return """
                {"fullName": "%s", "birthDate": "%s", "gender": "FEMALE", "ethnicity": "01", "religion": "NONE",
                 "generalEducation": "12/12", "residenceOrganizationCode": "%s"}
                """.formatted(name, birthDate, residence);
    }

    long member(String cell, String admittedOn, String officialOn) throws Exception {
        return Json.id(api.post(department, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "%s", "officialOn": "%s"}
                """.formatted(person("Đảng viên " + SEQUENCE.incrementAndGet(), "1975-01-01", cell), cell, admittedOn,
                officialOn)).andExpect(status().isCreated()));
    }

    /** A person with an awareness-class certificate issued on the date. */
    long applicant(String name, String certificateDate) throws Exception {
        return applicant(name, "1998-04-20", certificateDate);
    }

    /** A person born on the date, with an awareness-class certificate issued on the date. */
    long applicant(String name, String birthDate, String certificateDate) throws Exception {
        long person = Json.id(api.post(department, "/api/v1/people", person(name, birthDate, tree.cellA1()))
                .andExpect(status().isCreated()));
        LocalDate issued = LocalDate.parse(certificateDate);
        long classId = Json.id(api.post(department, "/api/v1/classes", """
                {"name": "Lớp nhận thức về Đảng khóa %d", "organizerCode": "%s", "startDate": "%s", "endDate": "%s"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.communeA(), issued.minusDays(4), issued))
                .andExpect(status().isCreated()));
        api.post(department, "/api/v1/classes/" + classId + "/participants", """
                {"personId": %d, "completed": true, "certificateNumber": "GCN-%d-%s", "certificateDate": "%s"}
                """.formatted(person, SEQUENCE.incrementAndGet(), tree.prefix(), issued)).andExpect(status().isCreated());
        return person;
    }

    long open(long person, String cell) throws Exception {
        return Json.id(api.post(department, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(person, cell)).andExpect(status().isCreated()));
    }

    ResultActions step(String user, long dossier, String json) throws Exception {
        return api.post(user, "/api/v1/dossiers/" + dossier + "/steps", json);
    }

    ResultActions step(long dossier, String json) throws Exception {
        return step(department, dossier, json);
    }

    /** The papers up to the cell's vote, dated in the spring of 2024. */
    void papers(long dossier) throws Exception {
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\"}").andExpect(status().isCreated());
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2024-04-05\"}").andExpect(status().isCreated());
        step(dossier, """
                {"step": "INTRODUCTION", "date": "2024-04-10",
                 "introducers": [{"memberId": "%d", "knownSince": "2022-01-01"}, {"memberId": "%d", "knownSince": "2021-06-01"}]}
                """.formatted(introducer1, introducer2)).andExpect(status().isCreated());
        step(dossier, """
                {"step": "BACKGROUND_CHECK", "date": "2024-05-06", "conclusion": "Lý lịch rõ ràng, đủ điều kiện"}
                """).andExpect(status().isCreated());
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"2024-05-10\"}").andExpect(status().isCreated());
    }

    @Test
    void aDossierGoesFromTheApplicationToFullMembershipAndTheCountsFollowItsDates() throws Exception {
        long person = applicant("Nguyễn Thị Kết Nạp", "2024-03-08");
        long dossier = open(person, tree.cellA1());
        api.get(department, "/api/v1/dossiers/" + dossier)
                .andExpect(jsonPath("$.state").value("PREPARING"))
                .andExpect(jsonPath("$.nextStep").value("APPLICATION"))
                .andExpect(jsonPath("$.authorityCode").value(tree.province()));
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"8\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROPOSED"))
                .andExpect(jsonPath("$.nextStep").value("COMMITTEE_RESOLUTION"));
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": 7, \"votesFor\": 6}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextStep").value("ADMISSION_DECISION"))
                .andExpect(jsonPath("$.dueDate").value("2024-08-12"));
        step(dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"125-QĐ/TU\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("ADMITTED"))
                .andExpect(jsonPath("$.decisionDate").value("2024-06-10"));
        step(dossier, "{\"step\": \"CEREMONY\", \"date\": \"2024-06-19\", \"place\": \"Hội trường khu phố\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PROBATION"))
                .andExpect(jsonPath("$.nextStep").value("NEW_MEMBER_CLASS"));
        long memberId = ((Number) Json.read(api.get(department, "/api/v1/dossiers/" + dossier), "$.memberId")).longValue();
        api.get(department, "/api/v1/members/" + memberId)
                .andExpect(jsonPath("$.admittedOn").value("2024-06-19"))
                .andExpect(jsonPath("$.organizationCode").value(tree.cellA1()))
                .andExpect(jsonPath("$.officialOn").doesNotExist());

        // Recognition is voted no earlier than the end of the twelve months.
        step(dossier, "{\"step\": \"NEW_MEMBER_CLASS\", \"date\": \"2024-09-06\", \"certificateNumber\": \"ĐVM-77\"}")
                .andExpect(status().isCreated());
        step(dossier, "{\"step\": \"RECOGNITION_CELL_RESOLUTION\", \"date\": \"2025-06-18\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].ruleId").value("R-PROBATION-12M"))
                .andExpect(jsonPath("$.violations[0].severity").value("BLOCK"))
                .andExpect(jsonPath("$.violations[0].source", containsString("Điều lệ Đảng")))
                .andExpect(jsonPath("$.violations[0].message", containsString("19/06/2025")));
        step(dossier, "{\"step\": \"RECOGNITION_CELL_RESOLUTION\", \"date\": \"2025-06-19\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isCreated());
        step(dossier, "{\"step\": \"RECOGNITION_COMMITTEE_RESOLUTION\", \"date\": \"2025-06-26\", \"committeeMembers\": \"7\", \"votesFor\": \"7\"}")
                .andExpect(status().isCreated());
        step(dossier, "{\"step\": \"RECOGNITION_DECISION\", \"date\": \"2025-07-10\", \"decisionNumber\": \"301-QĐ/TU\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("OFFICIAL"))
                .andExpect(jsonPath("$.nextStep").doesNotExist())
                .andExpect(jsonPath("$.officialFrom").value("2025-06-19"))
                .andExpect(jsonPath("$.history", hasSize(13)));
        api.get(department, "/api/v1/members/" + memberId).andExpect(jsonPath("$.officialOn").value("2025-06-19"));

        String counts = "/api/v1/reports/membership?organization=" + tree.cellA1() + "&date=";
        long before = count(counts + "2024-06-18", "$.total");
        assertThat(count(counts + "2024-06-19", "$.total")).isEqualTo(before + 1);
        assertThat(count(counts + "2024-06-19", "$.probationary")).isEqualTo(1);
        assertThat(count(counts + "2025-06-18", "$.probationary")).isEqualTo(1);
        assertThat(count(counts + "2025-06-19", "$.probationary")).isZero();

        String admissions = "/api/v1/reports/admissions?organization=" + tree.communeA();
        assertThat(count(admissions + "&from=2024-06-09&to=2024-06-09", "$.admitted")).isZero();
        assertThat(count(admissions + "&from=2024-06-10&to=2024-06-10", "$.admitted")).isEqualTo(1);
        assertThat(count(admissions + "&from=2024-06-11&to=2024-12-31", "$.admitted")).isZero();
        assertThat(count(admissions + "&from=2024-01-01&to=2024-12-31", "$.ceremonies")).isEqualTo(1);
        assertThat(count(admissions + "&from=2025-06-19&to=2025-06-19", "$.recognized")).isEqualTo(1);
        api.get(department, admissions + "&from=2024-01-01&to=2024-12-31")
                .andExpect(jsonPath("$.cells[0].code").value(tree.cellA1()));
    }

    /**
     * An admission is the decision of a person into the Party on its date, credited to the cell:
     * members registered with their dates (no dossier) and a dossier through its decision and its
     * ceremony are counted once each, and progress, ranking, the admissions report and stagnant
     * cells agree on every date.
     */
    @Test
    void registeredMembersAndADossierThroughItsCeremonyAreEachCountedOnceByEveryReport() throws Exception {
        String term = "NK" + tree.prefix();
        // Cells that exist since 2020, so that the years asked lie wholly in their life.
        String registered = tree.communeA() + "-GN";
        String admitted = tree.communeA() + "-HS";
        String idle = tree.communeA() + "-KN";
        for (String cell : List.of(registered, admitted, idle)) {
            api.post(department, "/api/v1/organizations", """
                    {"code": "%s", "name": "Chi bộ %s", "type": "CELL", "parentCode": "%s", "cellKind": "RESIDENTIAL",
                     "establishedOn": "2020-01-01"}
                    """.formatted(cell, cell, tree.communeA())).andExpect(status().isCreated());
        }
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Nhiệm kỳ thử %s", "startDate": "2024-01-01", "endDate": "2028-12-31"}
                """.formatted(term, term)).andExpect(status().isCreated());
        api.put(department, "/api/v1/targets", """
                {"organizationCode": "%s", "termCode": "%s", "admissions": 10}
                """.formatted(tree.communeA(), term)).andExpect(status().isOk());
        // Two members registered with the dates of their admission, as an organization brings its records in.
        for (String decided : List.of("2024-03-01", "2024-09-15")) {
            api.post(department, "/api/v1/members", """
                    {"person": %s, "organizationCode": "%s", "decidedOn": "%s"}
                    """.formatted(person("Đảng viên ghi nhận " + SEQUENCE.incrementAndGet(), "1990-01-01",
                    registered), registered, decided)).andExpect(status().isCreated());
        }
        // A dossier decided on 10/06/2024 whose ceremony makes a member: still one admission.
        long dossier = open(applicant("Lê Thị Một Lần", "2024-03-08"), admitted);
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isCreated());
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": 7, \"votesFor\": 7}")
                .andExpect(status().isCreated());
        step(dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"126-QĐ/TU\"}")
                .andExpect(status().isCreated());
        String progress = "/api/v1/reports/progress?organization=" + tree.communeA() + "&term=" + term + "&asOf=";
        assertThat(count(progress + "2024-06-09", "$.admitted")).isEqualTo(1);
        assertThat(count(progress + "2024-06-10", "$.admitted")).isEqualTo(2);
        step(dossier, "{\"step\": \"CEREMONY\", \"date\": \"2024-06-19\", \"place\": \"Hội trường\"}")
                .andExpect(status().isCreated());

        assertThat(count(progress + "2024-06-19", "$.admitted")).isEqualTo(2);
        assertThat(count(progress + "2024-09-14", "$.admitted")).isEqualTo(2);
        assertThat(count(progress + "2024-09-15", "$.admitted")).isEqualTo(3);
        String ranking = "/api/v1/reports/ranking?organization=" + tree.province() + "&term=" + term
                + "&asOf=2024-12-31";
        List<Number> ranked = Json.read(api.get(department, ranking).andExpect(status().isOk()),
                "$[?(@.organizationCode == '" + tree.communeA() + "')].admitted");
        assertThat(ranked).extracting(Number::longValue).containsExactly(3L);
        String admissions = "/api/v1/reports/admissions?organization=" + tree.communeA();
        assertThat(count(admissions + "&from=2024-01-01&to=2024-12-31", "$.admitted")).isEqualTo(3);
        assertThat(count(admissions + "&from=2024-06-10&to=2024-06-10", "$.admitted")).isEqualTo(1);
        // Both cells admitted someone in 2024: only the third is a cell without admissions that year.
        String stagnant = "/api/v1/reports/stagnant-cells?organization=" + tree.communeA() + "&years=1&asOf=";
        List<String> stale = Json.read(api.get(department, stagnant + "2024-12-31").andExpect(status().isOk()),
                "$[*].organizationCode");
        assertThat(stale).contains(idle).doesNotContain(registered, admitted);
        List<String> before = Json.read(api.get(department, stagnant + "2024-02-29").andExpect(status().isOk()),
                "$[*].organizationCode");
        assertThat(before).contains(idle, registered, admitted);
    }

    long count(String url, String path) throws Exception {
        return ((Number) Json.read(api.get(department, url).andExpect(status().isOk()), path)).longValue();
    }

    @Test
    void aBlockedStepListsEveryViolationWithItsArticleAndStoresNothing() throws Exception {
        long person = applicant("Trần Văn Chưa Đủ", "2024-03-08");
        long dossier = open(person, tree.cellA1());
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2016-04-01\", \"officialMembers\": \"9\", \"votesFor\": \"5\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].ruleId", hasItem("R-STEP-ORDER")));
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"5\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].ruleId", hasItem("R-CELL-VOTE")))
                .andExpect(jsonPath("$.violations[0].source", containsString("24-QĐ/TW ngày 30/7/2021")))
                .andExpect(jsonPath("$.errors[0].field").value("votesFor"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Số phiếu tán thành")));
        api.get(department, "/api/v1/dossiers/" + dossier)
                .andExpect(jsonPath("$.state").value("PREPARING"))
                .andExpect(jsonPath("$.history", hasSize(5)));
    }

    @Test
    void malformedStepsAreRefusedUnderTheirFields() throws Exception {
        long dossier = open(applicant("Lê Thị Sai Mẫu", "2024-03-08"), tree.cellA1());
        step(dossier, "{\"step\": \"NOT_A_STEP\", \"date\": \"2024-04-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"31/02/2024\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2099-01-01\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\", \"votesFor\": \"3\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("votesFor"))
                .andExpect(jsonPath("$.errors[0].message", containsString("không ghi thông tin này")));
        api.get(department, "/api/v1/dossiers/" + dossier).andExpect(jsonPath("$.history", hasSize(0)));
    }

    @Test
    void aPersonHasOneOpenDossierAndAMemberNone() throws Exception {
        long person = applicant("Phạm Văn Một Hồ Sơ", "2024-03-08");
        open(person, tree.cellA1());
        api.post(department, "/api/v1/dossiers", "{\"personId\": %d, \"cellCode\": \"%s\"}".formatted(person, tree.cellA2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("personId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã có hồ sơ kết nạp")));
        api.post(department, "/api/v1/dossiers", "{\"personId\": %d, \"cellCode\": \"%s\"}".formatted(person, tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("cellCode")));
    }

    @Test
    void aBackDatedAndCorrectedCeremonyKeepsBothRecordsAndMovesTheMembership() throws Exception {
        long dossier = open(applicant("Hoàng Thị Sửa Ngày", "2024-03-08"), tree.cellA1());
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}");
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": \"7\", \"votesFor\": \"7\"}");
        step(dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"126-QĐ/TU\"}");
        step(dossier, "{\"step\": \"CEREMONY\", \"date\": \"2024-06-19\"}").andExpect(status().isCreated());
        List<Integer> ids = Json.read(api.get(department, "/api/v1/dossiers/" + dossier), "$.history[?(@.step == 'CEREMONY')].id");
        long ceremony = ids.get(0);

        api.post(department, "/api/v1/dossiers/" + dossier + "/steps/" + ceremony + "/corrections",
                "{\"date\": \"2024-06-21\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("correctionReason"));
        api.post(department, "/api/v1/dossiers/" + dossier + "/steps/" + ceremony + "/corrections",
                "{\"date\": \"2024-06-21\", \"correctionReason\": \"Ghi nhầm ngày lễ\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ceremonyDate").value("2024-06-21"))
                .andExpect(jsonPath("$.history[?(@.step == 'CEREMONY')]", hasSize(2)))
                .andExpect(jsonPath("$.history[?(@.id == " + ceremony + ")].supersededBy", not(hasItem((Object) null))))
                .andExpect(jsonPath("$.history[?(@.correctionReason == 'Ghi nhầm ngày lễ')].date", hasItem("2024-06-21")));
        long memberId = ((Number) Json.read(api.get(department, "/api/v1/dossiers/" + dossier), "$.memberId")).longValue();
        api.get(department, "/api/v1/members/" + memberId).andExpect(jsonPath("$.admittedOn").value("2024-06-21"));
        // The corrected record is history: it is not corrected again.
        api.post(department, "/api/v1/dossiers/" + dossier + "/steps/" + ceremony + "/corrections",
                "{\"date\": \"2024-06-22\", \"correctionReason\": \"Lần nữa\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theWorklistShowsOverdueDecisionsAndExpiringCertificates() throws Exception {
        long overdue = open(applicant("Đỗ Văn Quá Hạn", "2024-03-08"), tree.cellB1());
        api.post(department, "/api/v1/dossiers/" + overdue + "/steps", "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\"}");
        papersFrom(overdue);
        step(overdue, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isCreated());
        long fresh = open(applicant("Vũ Thị Mới Lập", MutableClock.today().minusMonths(2).toString()), tree.cellB1());
        long expiring = open(applicant("Bùi Văn Sắp Hết", MutableClock.today().minusMonths(60).plusDays(10).toString()),
                tree.cellB1());

        String url = "/api/v1/dossiers?organization=" + tree.communeB() + "&attention=true";
        api.get(department, url)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + overdue + ")].overdue", hasItem(true)))
                .andExpect(jsonPath("$.items[?(@.id == " + overdue + ")].nextStep", hasItem("COMMITTEE_RESOLUTION")))
                .andExpect(jsonPath("$.items[?(@.id == " + overdue + ")].attention[0].ruleId", hasItem("R-DECISION-60WD")))
                .andExpect(jsonPath("$.items[?(@.id == " + expiring + ")].attention[0].ruleId", hasItem("R-CERTIFICATE")))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) fresh))));
        api.get(department, "/api/v1/dossiers?organization=" + tree.communeB())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) fresh)));
        api.get(department, "/api/v1/dossiers?organization=" + tree.communeA() + "&attention=true")
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) overdue))));
    }

    @Test
    void theWorklistSaysHowManyDaysEachDossierHasWaitedInItsStepCorrectionsIncluded() throws Exception {
        LocalDate today = MutableClock.today();
        long dossier = open(applicant("Trương Thị Đang Chờ", "2024-03-08"), tree.cellA2());
        long untouched = open(applicant("Lâm Văn Mới Mở", "2024-03-08"), tree.cellA2());
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\"}").andExpect(status().isCreated());
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2024-04-05\"}").andExpect(status().isCreated());
        String url = "/api/v1/dossiers?organization=" + tree.cellA2() + "&size=100";
        api.get(department, url)
                .andExpect(jsonPath("$.items[?(@.id == " + dossier + ")].inStepSince", hasItem("2024-04-05")))
                .andExpect(jsonPath("$.items[?(@.id == " + dossier + ")].daysInStep",
                        hasItem((int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 4, 5), today))))
                .andExpect(jsonPath("$.items[?(@.id == " + untouched + ")].inStepSince", hasItem(today.toString())))
                .andExpect(jsonPath("$.items[?(@.id == " + untouched + ")].daysInStep", hasItem(0)));

        List<Integer> ids = Json.read(api.get(department, "/api/v1/dossiers/" + dossier),
                "$.history[?(@.step == 'PERSONAL_HISTORY')].id");
        api.post(department, "/api/v1/dossiers/" + dossier + "/steps/" + ids.get(0) + "/corrections",
                "{\"date\": \"2024-04-03\", \"correctionReason\": \"Ghi nhầm ngày\"}").andExpect(status().isOk());
        api.get(department, url)
                .andExpect(jsonPath("$.items[?(@.id == " + dossier + ")].inStepSince", hasItem("2024-04-03")));
    }

    private void papersFrom(long dossier) throws Exception {
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2024-04-05\"}");
        long b1 = member(tree.cellB1(), "2010-03-01", "2011-03-01");
        long b2 = member(tree.cellB2(), "2010-03-01", "2011-03-01");
        step(dossier, """
                {"step": "INTRODUCTION", "date": "2024-04-10",
                 "introducers": [{"memberId": "%d", "knownSince": "2022-01-01"}, {"memberId": "%d", "knownSince": "2021-06-01"}]}
                """.formatted(b1, b2)).andExpect(status().isCreated());
        step(dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"2024-05-06\", \"conclusion\": \"Đạt\"}");
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"2024-05-10\"}");
    }

    @Test
    void eachStepIsRecordedByTheBodyThatOwnsIt() throws Exception {
        long dossier = open(applicant("Ngô Thị Thẩm Quyền", "2024-03-08"), tree.cellA1());
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        step(secretary, dossier, "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\"}").andExpect(status().isCreated());
        step(secretary, dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2024-04-05\"}").andExpect(status().isCreated());
        step(secretary, dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"2024-05-06\", \"conclusion\": \"Đạt\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("Thẩm tra lý lịch")));
        step(committee, dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"2024-05-06\", \"conclusion\": \"Đạt\"}")
                .andExpect(status().isCreated());
        step(dossier, """
                {"step": "INTRODUCTION", "date": "2024-04-10",
                 "introducers": [{"memberId": "%d", "knownSince": "2022-01-01"}, {"memberId": "%d", "knownSince": "2021-06-01"}]}
                """.formatted(introducer1, introducer2)).andExpect(status().isCreated());
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"2024-05-10\"}");
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}");
        step(committee, dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": \"7\", \"votesFor\": \"7\"}")
                .andExpect(status().isCreated());
        // The commune's committee decides only once the province delegated the power to it.
        String decision = "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"15-QĐ/ĐU\"}";
        step(committee, dossier, decision)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString(tree.province())));
        api.patch(department, "/api/v1/organizations/" + tree.communeA(), "{\"delegatedAdmission\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delegatedAdmission").value(true));
        step(committee, dossier, "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"15-QĐ/ĐU\", \"issuerCode\": \"%s\"}"
                .formatted(tree.province()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuerCode"));
        step(committee, dossier, decision)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorityCode").value(tree.communeA()))
                .andExpect(jsonPath("$.history[?(@.step == 'ADMISSION_DECISION')].data.issuerCode", hasItem(tree.communeA())));
        String outsider = fixtures.user(Role.ORG_DEPARTMENT, tree.communeB());
        api.get(outsider, "/api/v1/dossiers/" + dossier).andExpect(status().isNotFound());
    }

    @Test
    void aStoppedDossierKeepsItsHistoryAndIsReopened() throws Exception {
        long person = applicant("Lý Thị Tạm Dừng", "2024-03-08");
        long dossier = open(person, tree.cellA1());
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2024-04-01\"}");
        api.post(department, "/api/v1/dossiers/" + dossier + "/stop", "{\"date\": \"2024-04-15\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(department, "/api/v1/dossiers/" + dossier + "/stop", "{\"date\": \"2024-04-15\", \"reason\": \"Đi học xa\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("STOPPED"))
                .andExpect(jsonPath("$.nextStep").value("REOPENED"));
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2024-04-20\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].message", containsString("đang dừng")));
        // A stopped dossier is not open: the person may have another one opened meanwhile only after it.
        api.post(department, "/api/v1/dossiers/" + dossier + "/reopen", "{\"date\": \"2024-09-02\", \"reason\": \"Đã trở về\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PREPARING"))
                .andExpect(jsonPath("$.nextStep").value("PERSONAL_HISTORY"))
                .andExpect(jsonPath("$.history", hasSize(3)));
    }

    @Test
    void aDayOffAddedToTheYearsScheduleMovesTheDeadlinesOfOpenDossiers() throws Exception {
        long dossier = open(applicant("Mai Thị Nghỉ Bù", "2019-03-08"), tree.cellA1());
        step(dossier, "{\"step\": \"APPLICATION\", \"date\": \"2019-04-01\"}");
        step(dossier, "{\"step\": \"PERSONAL_HISTORY\", \"date\": \"2019-04-05\"}");
        step(dossier, """
                {"step": "INTRODUCTION", "date": "2019-04-10",
                 "introducers": [{"memberId": "%d", "knownSince": "2017-01-01"}, {"memberId": "%d", "knownSince": "2017-06-01"}]}
                """.formatted(introducer1, introducer2)).andExpect(status().isCreated());
        step(dossier, "{\"step\": \"BACKGROUND_CHECK\", \"date\": \"2019-05-06\", \"conclusion\": \"Đạt\"}");
        step(dossier, "{\"step\": \"COMMENTS\", \"date\": \"2019-05-10\"}");
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2019-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueDate").value("2019-08-12"));

        String admin = fixtures.user(Role.ADMIN, null);
        api.put(department, "/api/v1/official-days/2019-06-14", "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ\"}")
                .andExpect(status().isForbidden());
        api.put(admin, "/api/v1/official-days/2019-06-14", "{\"kind\": \"WORKING_DAY\", \"name\": \"Làm bù\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        api.put(admin, "/api/v1/official-days/2019-06-14", "{\"kind\": \"DAY_OFF\", \"name\": \"Nghỉ đột xuất (thử nghiệm)\"}")
                .andExpect(status().isOk());
        api.get(admin, "/api/v1/official-days?year=2019")
                .andExpect(jsonPath("$.followsRule").value(false))
                .andExpect(jsonPath("$.days[*].date", hasItem("2019-06-14")))
                .andExpect(jsonPath("$.days[*].date", hasItem("2019-02-05")));
        api.get(department, "/api/v1/dossiers/" + dossier).andExpect(jsonPath("$.dueDate").value("2019-08-13"));
    }

    @Test
    void theRulesAreListedWithTheirDocumentsAndPeriods() throws Exception {
        api.get(department, "/api/v1/admission-rules")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'R-DECISION-60WD')].versions[*].source", hasItem(containsString("294-QĐ/TW"))))
                .andExpect(jsonPath("$[?(@.id == 'R-CELL-VOTE')].severity", hasItem("BLOCK")));
    }

    /** The steps up to the grassroots committee's resolution of 27/05/2024, with the cell's vote of 20/05/2024. */
    void proposed(long dossier, String cellVoteExtra) throws Exception {
        papers(dossier);
        step(dossier, ("{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", "
                + "\"votesFor\": \"9\"%s}").formatted(cellVoteExtra)).andExpect(status().isCreated());
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": \"7\", \"votesFor\": \"7\"}")
                .andExpect(status().isCreated());
    }

    @Test
    void aDecisionIsJudgedOnTheTreeOfItsDateAndReportsCreditTheWardOfThatDate() throws Exception {
        for (String ward : List.of(tree.communeA(), tree.communeB())) {
            api.patch(department, "/api/v1/organizations/" + ward, "{\"delegatedAdmission\": true}")
                    .andExpect(status().isOk());
        }
        long dossier = open(applicant("Trịnh Thị Chuyển Đi", "2024-03-08"), tree.cellA1());
        proposed(dossier, "");
        // The cell moves to the other ward after its vote, before the decision is recorded.
        api.patch(department, "/api/v1/organizations/" + tree.cellA1(), """
                {"parentCode": "%s", "effectiveDate": "2024-07-01"}
                """.formatted(tree.communeB())).andExpect(status().isOk());

        String decision = "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"31-QĐ/ĐU\"%s}";
        step(dossier, decision.formatted(", \"issuerCode\": \"" + tree.communeB() + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuerCode"))
                .andExpect(jsonPath("$.violations[0].ruleId").value("R-AUTHORITY"));
        step(dossier, decision.formatted(""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[?(@.step == 'ADMISSION_DECISION')].data.issuerCode",
                        hasItem(tree.communeA())))
                // Who decides a decision recorded today: the ward the cell is under today.
                .andExpect(jsonPath("$.authorityCode").value(tree.communeB()));

        String june = "&from=2024-06-01&to=2024-06-30";
        String report = "/api/v1/reports/admissions?organization=";
        assertThat(count(report + tree.communeA() + june + "&structure=historical", "$.admitted")).isEqualTo(1);
        assertThat(count(report + tree.communeB() + june + "&structure=historical", "$.admitted")).isZero();
        assertThat(count(report + tree.communeA() + june, "$.admitted")).isZero();
        assertThat(count(report + tree.communeB() + june, "$.admitted")).isEqualTo(1);
    }

    @Test
    void anApplicantOverSixtyIsAdmittedByTheProvinceAndTheDossierSaysSo() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.communeA(), "{\"delegatedAdmission\": true}")
                .andExpect(status().isOk());
        long dossier = open(applicant("Lò Văn Cao Tuổi", "1960-02-10", "2024-03-08"), tree.cellA1());
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[*].ruleId", hasItem("R-AGE-MAX")));
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", "
                + "\"votesFor\": \"9\", \"olderConsent\": \"45-CV/TU\"}").andExpect(status().isCreated());
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": \"7\", \"votesFor\": \"7\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.authorityCode").value(tree.province()))
                .andExpect(jsonPath("$.specialAuthority", containsString("trên 60 tuổi")));
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        String decision = "{\"step\": \"ADMISSION_DECISION\", \"date\": \"2024-06-10\", \"decisionNumber\": \"9-QĐ/TU\"%s}";
        step(committee, dossier, decision.formatted(""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString(tree.province())));
        step(dossier, decision.formatted(", \"issuerCode\": \"" + tree.communeA() + "\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuerCode"));
        step(dossier, decision.formatted(""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[?(@.step == 'ADMISSION_DECISION')].data.issuerCode",
                        hasItem(tree.province())));
    }

    @Test
    void aWarningAboutTheRegisterIsStoredAndAnswered() throws Exception {
        long dossier = open(applicant("Đinh Thị Đối Chiếu", "2024-03-08"), tree.cellA2());
        papers(dossier);
        // The register counts one official member in the cell (introducer2); nine are given.
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2024-05-20\", \"officialMembers\": \"9\", \"votesFor\": \"9\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.violations[?(@.ruleId == 'R-CELL-REGISTER')].answerable", hasItem(true)));
        List<Integer> ids = Json.read(api.get(department, "/api/v1/dossiers/" + dossier),
                "$.history[?(@.step == 'CELL_RESOLUTION')].id");
        String answers = "/api/v1/dossiers/" + dossier + "/steps/" + ids.get(0) + "/answers";
        api.post(department, answers, "{\"ruleId\": \"R-CELL-REGISTER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        api.post(department, answers, "{\"ruleId\": \"R-CELL-VOTE\", \"answer\": \"Không\"}")
                .andExpect(status().isUnprocessableContent());
        api.post(department, answers, "{\"ruleId\": \"R-CELL-REGISTER\", \"answer\": \"Tám đảng viên chuyển đến chưa nhập vào ptdv\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations[?(@.ruleId == 'R-CELL-REGISTER')].answer",
                        hasItem("Tám đảng viên chuyển đến chưa nhập vào ptdv")));
    }

    @Test
    void voteCountsOutOfRangeSayTheRangeAndAreRefusedBeforeAnyRule() throws Exception {
        long dossier = open(applicant("Tô Văn Ngoài Khoảng", "2024-03-08"), tree.cellA1());
        papers(dossier);
        step(dossier, "{\"step\": \"CELL_RESOLUTION\", \"date\": \"2099-05-20\", \"officialMembers\": \"0\", \"votesFor\": \"-1\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officialMembers")))
                .andExpect(jsonPath("$.errors[?(@.field == 'officialMembers')].message",
                        hasItem(containsString("từ 1 đến 10.000"))))
                .andExpect(jsonPath("$.errors[*].field", hasItem("votesFor")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("date"))));
        step(dossier, "{\"step\": \"COMMITTEE_RESOLUTION\", \"date\": \"2024-05-27\", \"committeeMembers\": \"500\", \"votesFor\": \"5\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("từ 1 đến 100")));
    }

    @Test
    void everyRuleIsListedWithEachVersionsNumbersAndSource() throws Exception {
        api.get(department, "/api/v1/admission-rules")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'R-DECISION-60WD')].versions[*].numbers.workingDays",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(60))))
                .andExpect(jsonPath("$[?(@.id == 'R-DECISION-60WD')].versions[*].source",
                        hasItem(containsString("29-QĐ/TW ngày 25/7/2016 thi hành Điều lệ Đảng, điểm 4.3.1"))))
                .andExpect(jsonPath("$[?(@.id == 'R-DECISION-60WD')].versions[*].source",
                        hasItem(containsString("45-QĐ/TW"))))
                .andExpect(jsonPath("$[?(@.id == 'R-AGE-MIN')].versions[*].numbers.minimumAgeMonths", hasItem(216)))
                .andExpect(jsonPath("$[?(@.id == 'R-CELL-VOTE')].versions[*].numbers.share", hasItem("2/3")))
                .andExpect(jsonPath("$[?(@.id == 'R-CELL-VOTE')].versions[*].sources[0]",
                        hasItem("Điều lệ Đảng (2011), Điều 4, khoản 3")))
                .andExpect(jsonPath("$[?(@.id == 'R-PAPERS-FRESH')].settings[*]", hasItem("validityMonths")))
                .andExpect(jsonPath("$[?(@.id == 'R-AUTHORITY')].versions[*].from", hasItem("2025-07-01")))
                .andExpect(jsonPath("$[*].versions[*].from", not(hasItem((Object) null))))
                .andExpect(jsonPath("$[?(@.id == 'R-CELL-REGISTER')].answerable", hasItem(true)));
    }
}
