package vn.ptdv.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.training.Certificates;

/**
 * The pool and the awareness classes: every refusal, the certificate's validity, reports on a
 * subtree, scope; and what their page forms bind.
 */
@IntegrationTest
class PoolAndTrainingApiTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Certificates certificates;
    @Autowired
    MutableClock clock;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        today = LocalDate.now(clock);
    }

    static String person(String name, String residence) {
        return """
                {"fullName": "%s", "birthDate": "1999-09-09", "gender": "FEMALE", "ethnicity": "01", "religion": "NONE",
                 "residenceOrganizationCode": "%s"}
                """.formatted(name, residence);
    }

    long newPerson(String name, String residence) throws Exception {
        return Json.id(api.post(department, "/api/v1/people", person(name, residence)).andExpect(status().isCreated()));
    }

    long newClass(String organizer, LocalDate start, LocalDate end) throws Exception {
        return Json.id(api.post(department, "/api/v1/classes", """
                {"name": "Lớp nhận thức về Đảng khóa %d", "organizerCode": "%s", "startDate": "%s", "endDate": "%s",
                 "place": "Hội trường"}
                """.formatted(SEQUENCE.incrementAndGet(), organizer, start, end)).andExpect(status().isCreated()));
    }

    ResultActions participant(long classId, String json) throws Exception {
        return api.post(department, "/api/v1/classes/" + classId + "/participants", json);
    }

    String certificate() {
        return "GCN-" + SEQUENCE.incrementAndGet() + "-" + tree.prefix();
    }

    long member(String cell, String admittedOn, String officialOn) throws Exception {
        return Json.id(api.post(department, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "%s" %s}
                """.formatted(person("Đảng viên " + SEQUENCE.incrementAndGet(), cell).replace("1999", "1970"), cell,
                admittedOn, officialOn == null ? "" : ", \"officialOn\": \"" + officialOn + "\""))
                .andExpect(status().isCreated()));
    }

    @Test
    void aClassEndsNoEarlierThanItStarts() throws Exception {
        api.post(department, "/api/v1/classes", """
                {"name": "Lớp sai ngày", "organizerCode": "%s", "startDate": "2024-05-10", "endDate": "2024-05-09"}
                """.formatted(tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("endDate"))
                .andExpect(jsonPath("$.errors[0].message", containsString("từ ngày khai giảng (10/05/2024)")));
        newClass(tree.communeA(), LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 10));
    }

    @Test
    void participantsAreRefusedForEveryWrongResultAndNothingIsStored() throws Exception {
        long classId = newClass(tree.communeA(), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10));
        long person = newPerson("Nguyễn Thị Học", tree.cellA1());
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "2024-05-09"}
                """.formatted(person, certificate()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("certificateDate"))
                .andExpect(jsonPath("$.errors[0].message", containsString("không cấp trước ngày bế giảng (10/05/2024)")));
        participant(classId, """
                {"personId": %d, "completed": false, "certificateNumber": "%s", "certificateDate": "2024-05-10"}
                """.formatted(person, certificate()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("certificateNumber"));
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s"}
                """.formatted(person, certificate()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("certificateDate"));
        api.get(department, "/api/v1/classes/" + classId + "/participants").andExpect(jsonPath("$").isEmpty());

        String number = certificate();
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "2024-05-10"}
                """.formatted(person, number)).andExpect(status().isCreated());
        participant(classId, "{\"personId\": %d, \"completed\": false}".formatted(person))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đã có trong danh sách học viên")));
        long other = newPerson("Trần Thị Trùng", tree.cellA1());
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "2024-05-12"}
                """.formatted(other, number))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đã được cấp cho người khác")));
    }

    @Test
    void aClassThatHasNotEndedHasNoCompletedParticipantsAndMembersDoNotAttend() throws Exception {
        long future = newClass(tree.communeA(), today.minusDays(1), today.plusDays(4));
        long person = newPerson("Lê Thị Sớm", tree.cellA1());
        participant(future, "{\"personId\": %d, \"completed\": true}".formatted(person))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("completed"));
        participant(future, "{\"personId\": %d, \"completed\": false}".formatted(person))
                .andExpect(status().isCreated());

        long memberId = member(tree.cellA2(), "2015-01-01", "2016-01-01");
        long memberPerson = ((Number) Json.read(api.get(department, "/api/v1/members/" + memberId), "$.personId"))
                .longValue();
        participant(future, "{\"personId\": %d, \"completed\": false}".formatted(memberPerson))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đã là đảng viên")));
    }

    @Test
    void aCertificateIsValidForSixtyMonthsFromItsIssueDay() throws Exception {
        long classId = newClass(tree.communeB(), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 10));
        long person = newPerson("Phạm Thị Hạn", tree.cellB1());
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "2021-03-15"}
                """.formatted(person, certificate())).andExpect(status().isCreated());
        assertThat(certificates.validityMonths()).isEqualTo(60);
        assertThat(certificates.validOn(person, LocalDate.of(2021, 3, 14))).isEmpty();
        assertThat(certificates.validOn(person, LocalDate.of(2021, 3, 15))).isPresent();
        assertThat(certificates.validOn(person, LocalDate.of(2026, 3, 14))).isPresent();
        assertThat(certificates.validOn(person, LocalDate.of(2026, 3, 15))).isEmpty();
        assertThat(certificates.validOn(person, LocalDate.of(2026, 3, 16))).isEmpty();
        assertThat(certificates.validOn(person, LocalDate.of(2026, 3, 14)).orElseThrow().lastValidDay())
                .isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    void aProspectNeedsAnOfficialMentorOfTheSameGrassrootsOrganization() throws Exception {
        long probationary = member(tree.cellA2(), "2024-01-10", null);
        long otherCommune = member(tree.cellB1(), "2010-01-01", "2011-01-01");
        long official = member(tree.cellA2(), "2010-01-01", "2011-01-01");
        String body = """
                {"person": %s, "organizationCode": "%s", "since": "2025-02-01", "channel": "YOUTH_UNION",
                 "categories": ["YOUNG_INTELLECTUAL", "WOMAN"], "mentorMemberId": %d}
                """;
        api.post(department, "/api/v1/prospects", body.formatted(person("Hà Thị Mới", tree.cellA1()), tree.cellA1(),
                        probationary))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("mentorMemberId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("không phải đảng viên chính thức")));
        api.post(department, "/api/v1/prospects", body.formatted(person("Hà Thị Mới", tree.cellA1()), tree.cellA1(),
                        otherCommune))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("cùng đảng bộ")));
        api.post(department, "/api/v1/prospects", body.formatted(person("Hà Thị Mới", tree.cellA1()), tree.cellA1(),
                        official))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_POOL"))
                .andExpect(jsonPath("$.mentorMemberId").value(official))
                .andExpect(jsonPath("$.categories", hasItem("WOMAN")));
    }

    @Test
    void aPersonIsInOnePoolAtATimeAndAMemberIsInNone() throws Exception {
        long person = newPerson("Vũ Thị Một", tree.cellA1());
        String body = "{\"personId\": %d, \"organizationCode\": \"%s\", \"since\": \"2025-01-01\", \"channel\": \"CELL\"}";
        long prospect = Json.id(api.post(department, "/api/v1/prospects", body.formatted(person, tree.cellA1()))
                .andExpect(status().isCreated()));
        api.post(department, "/api/v1/prospects", body.formatted(person, tree.cellB1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đang có trong nguồn kết nạp")));
        api.patch(department, "/api/v1/prospects/" + prospect, "{\"status\": \"LEFT\", \"statusDate\": \"2025-03-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leftReason"));
        api.patch(department, "/api/v1/prospects/" + prospect,
                        "{\"status\": \"LEFT\", \"statusDate\": \"2025-03-01\", \"leftReason\": \"Chuyển nơi ở\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LEFT"));
        api.patch(department, "/api/v1/prospects/" + prospect, "{\"status\": \"IN_POOL\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("không chuyển được từ \"Ra khỏi nguồn\"")));
        api.post(department, "/api/v1/prospects", body.formatted(person, tree.cellB1())).andExpect(status().isCreated());

        long memberId = member(tree.cellA2(), "2015-01-01", "2016-01-01");
        long memberPerson = ((Number) Json.read(api.get(department, "/api/v1/members/" + memberId), "$.personId"))
                .longValue();
        api.post(department, "/api/v1/prospects", body.formatted(memberPerson, tree.cellA2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đã là đảng viên")));
    }

    @Test
    void completingTheClassMovesTheProspectOn() throws Exception {
        long person = newPerson("Đỗ Thị Chăm", tree.cellB2());
        long prospect = Json.id(api.post(department, "/api/v1/prospects", """
                {"personId": %d, "organizationCode": "%s", "since": "2024-01-15", "channel": "WOMEN_UNION"}
                """.formatted(person, tree.cellB2())).andExpect(status().isCreated()));
        long classId = newClass(tree.communeB(), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7));
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "2024-06-10"}
                """.formatted(person, certificate())).andExpect(status().isCreated());
        api.get(department, "/api/v1/prospects/" + prospect)
                .andExpect(jsonPath("$.status").value("ATTENDED_CLASS"))
                .andExpect(jsonPath("$.attendedOn").value("2024-06-10"));
    }

    @Test
    void thePoolReportShowsSizesEmptyCellsTheSurveyAndExpiringCertificates() throws Exception {
        for (String name : new String[] {"Quần Chúng Một", "Quần Chúng Hai"}) {
            api.post(department, "/api/v1/prospects", """
                    {"person": %s, "organizationCode": "%s", "since": "2025-01-10", "channel": "YOUTH_UNION",
                     "categories": ["YOUTH_UNION_MEMBER"]}
                    """.formatted(person(name, tree.cellA1()), tree.cellA1())).andExpect(status().isCreated());
        }
        long expiringPerson = newPerson("Sắp Hết Hạn", tree.cellA2());
        api.post(department, "/api/v1/prospects", """
                {"personId": %d, "organizationCode": "%s", "since": "2021-01-10", "channel": "CELL",
                 "categories": ["GOOD_PRODUCER"]}
                """.formatted(expiringPerson, tree.cellA2())).andExpect(status().isCreated());
        LocalDate issued = today.minusMonths(60).plusMonths(1);
        long classId = newClass(tree.communeA(), issued.minusDays(10), issued.minusDays(3));
        participant(classId, """
                {"personId": %d, "completed": true, "certificateNumber": "%s", "certificateDate": "%s"}
                """.formatted(expiringPerson, certificate(), issued)).andExpect(status().isCreated());
        api.post(department, "/api/v1/pool-surveys", """
                {"organizationCode": "%s", "surveyedOn": "2025-03-01", "surveyedBy": "Văn phòng Đảng ủy",
                 "eligibleTotal": "12", "byCategory": {"YOUTH_UNION_MEMBER": "7", "GOOD_PRODUCER": "3"}}
                """.formatted(tree.communeA())).andExpect(status().isCreated());
        api.post(department, "/api/v1/pool-surveys", """
                {"organizationCode": "%s", "surveyedOn": "2025-03-01", "surveyedBy": "Văn phòng",
                 "eligibleTotal": "2", "byCategory": {"WOMAN": "5"}}
                """.formatted(tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("byCategory"))
                .andExpect(jsonPath("$.errors[0].message", containsString("\"Phụ nữ\" (5)")));

        api.get(department, "/api/v1/reports/pool?organization={o}&date={d}", tree.communeA(), today)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.poolSize").value(3))
                .andExpect(jsonPath("$.byStatus.IN_POOL").value(2))
                .andExpect(jsonPath("$.byStatus.ATTENDED_CLASS").value(1))
                .andExpect(jsonPath("$.byCategory.YOUTH_UNION_MEMBER").value(2))
                .andExpect(jsonPath("$.byChannel.YOUTH_UNION").value(2))
                .andExpect(jsonPath("$.cells[?(@.code == '%s')].poolSize".formatted(tree.cellA1()), hasItem(2)))
                .andExpect(jsonPath("$.emptyCells").isEmpty())
                .andExpect(jsonPath("$.survey.eligibleTotal").value(12))
                .andExpect(jsonPath("$.expiringCertificates[0].fullName").value("Sắp Hết Hạn"));
        api.get(department, "/api/v1/reports/pool?organization={o}&date=2025-01-09", tree.communeA())
                .andExpect(jsonPath("$.poolSize").value(1))
                .andExpect(jsonPath("$.emptyCells", hasItem(tree.cellA1())));
        api.get(department, "/api/v1/reports/pool?organization={o}", tree.communeB())
                .andExpect(jsonPath("$.emptyCells", hasItem(tree.cellB1())));
    }

    @Test
    void theTrainingReportCountsClassesOfTheSubtreeInThePeriod() throws Exception {
        long classA = newClass(tree.communeA(), LocalDate.of(2023, 4, 3), LocalDate.of(2023, 4, 7));
        newClass(tree.agency(), LocalDate.of(2023, 9, 4), LocalDate.of(2023, 9, 8));
        newClass(tree.communeB(), LocalDate.of(2022, 9, 4), LocalDate.of(2022, 9, 8));
        participant(classA, "{\"person\": %s, \"completed\": true, \"certificateNumber\": \"%s\", \"certificateDate\": \"2023-04-10\"}"
                .formatted(person("Học Viên Một", tree.cellA1()), certificate())).andExpect(status().isCreated());
        participant(classA, "{\"person\": %s, \"completed\": false}".formatted(person("Học Viên Hai", tree.cellA2())))
                .andExpect(status().isCreated());
        api.get(department, "/api/v1/reports/training?organization={o}&from=2023-01-01&to=2023-12-31", tree.province())
                .andExpect(jsonPath("$.classes").value(2))
                .andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.completed").value(1))
                .andExpect(jsonPath("$.certificates").value(1));
        api.get(department, "/api/v1/reports/training?organization={o}&from=2023-01-01&to=2023-12-31", tree.communeA())
                .andExpect(jsonPath("$.classes").value(1));
        api.get(department, "/api/v1/reports/training?organization={o}&from=2023-12-31&to=2023-01-01", tree.communeA())
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void classesAndProspectsOfAnotherCommuneAreOutOfReach() throws Exception {
        long classB = newClass(tree.communeB(), LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 12));
        long prospectB = Json.id(api.post(department, "/api/v1/prospects", """
                {"person": %s, "organizationCode": "%s", "since": "2024-01-01", "channel": "CELL"}
                """.formatted(person("Ở Xã Khác", tree.cellB1()), tree.cellB1())).andExpect(status().isCreated()));
        String committeeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        api.get(committeeA, "/api/v1/classes/" + classB).andExpect(status().isNotFound());
        api.get(committeeA, "/api/v1/prospects/" + prospectB).andExpect(status().isNotFound());
        api.post(committeeA, "/api/v1/classes/" + classB + "/participants", "{\"personId\": 1, \"completed\": false}")
                .andExpect(status().isNotFound());
        api.get(committeeA, "/api/v1/reports/pool?organization={o}", tree.communeB()).andExpect(status().isNotFound());
        api.get(committeeA, "/api/v1/classes?from=2024-01-01&to=2024-12-31")
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) classB))));
    }

    // --- the page forms: what they bind, and where a refusal is shown ---

    @Test
    void aPersonAlreadyInPtdvIsListedOnThePageWithoutTheirFieldsAgain() throws Exception {
        long person = newPerson("Hoàng Thị Có Sẵn", tree.cellA1());
        mvc.perform(get("/prospects/new").param("organization", tree.cellA1()).param("personId", String.valueOf(person))
                        .with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"personId\""),
                        not(containsString("name=\"person.fullName\"")))));
        mvc.perform(post("/prospects/new").with(api.as(department)).with(csrf())
                        .param("personId", String.valueOf(person)).param("organizationCode", tree.cellA1())
                        .param("since", "01/02/2025").param("channel", "CELL").param("_categories", "on")
                        .param("mentorMemberId", "").param("introducedByMemberId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/prospects/*"));
    }

    @Test
    void aRefusedListingShowsTheNewPersonsFieldsAgainWithTheirErrors() throws Exception {
        mvc.perform(post("/prospects/new").with(api.as(department)).with(csrf())
                        .param("person.fullName", "Ngô Thị Lỗi").param("person.birthDate", "31/02/2001")
                        .param("person.gender", "FEMALE").param("person.ethnicity", "01")
                        .param("person.religion", "NONE").param("person.residenceOrganizationCode", tree.cellA1())
                        .param("organizationCode", tree.cellA1()).param("since", "01/02/2025").param("channel", "CELL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"person.birthDate\" value=\"31/02/2001\""),
                        containsString("Ngày &quot;31/02/2001&quot; không có thật"))));
    }

    @Test
    void aResultRowIsRefusedUnderItsOwnRowAndPastedLinesOfSomeoneUnknownEnrollNobody() throws Exception {
        long classId = newClass(tree.communeA(), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10));
        long participant = Json.id(participant(classId, "{\"personId\": %d}".formatted(
                newPerson("Học Viên Trang", tree.cellA1()))).andExpect(status().isCreated()));

        mvc.perform(post("/classes/{id}/results", classId).with(api.as(department)).with(csrf())
                        .param("participants[0].participantId", String.valueOf(participant))
                        .param("participants[0].fullName", "Học Viên Trang")
                        .param("participants[0].version", "0")
                        .param("participants[0].completed", "true").param("_participants[0].completed", "on")
                        .param("participants[0].certificateNumber", certificate())
                        .param("participants[0].certificateDate", "09/05/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("không cấp trước ngày bế giảng (10/05/2024)"),
                        containsString("value=\"09/05/2024\""))));

        long other = newPerson("Học Viên Chờ", tree.cellA1());
        mvc.perform(post("/classes/{id}/enroll", classId).with(api.as(department)).with(csrf())
                        .param("lines", "001399000001").param("personIds", String.valueOf(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 1: không có người mang số CCCD 001399000001")));
        api.get(department, "/api/v1/classes/" + classId + "/participants")
                .andExpect(jsonPath("$.length()").value(1));
    }
}
