package vn.ptdv.organization;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.Sheets;

/**
 * Every id or code inside a request body is checked against the caller's scope: a committee of
 * commune A that names a person, member, organization or directive of commune B is refused under
 * that field, with the message of "not found" (nothing about B shows), and nothing is stored.
 */
@IntegrationTest
class ReferenceScopeTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    String communeA;
    String term;
    long personB;
    String nationalIdB;
    long memberA;
    long memberB;
    long directiveB;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        nationalIdB = nationalId();
        personB = Json.id(api.post(department, "/api/v1/people", person("Người Xã Bên", tree.cellB1(), nationalIdB))
                .andExpect(status().isCreated()));
        memberA = member(tree.cellA1());
        memberB = member(tree.cellB1());
        directiveB = Json.id(api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%d-KH/ĐU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s",
                 "title": "Kế hoạch của xã bên"}
                """.formatted(100 + SEQUENCE.incrementAndGet(), tree.communeB())).andExpect(status().isCreated()));
        term = "NKR" + fixtures.uniquePrefix();
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Nhiệm kỳ 2025-2030", "startDate": "2025-10-01", "endDate": "2030-09-30"}
                """.formatted(term)).andExpect(status().isCreated());
    }

    private static String nationalId() {
        // 0 + province 79, century digit 0 (a man born in the 1900s), year 85, six random digits.
        return "079085" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    private static String person(String name, String residence, String nationalId) {
        return """
                {"fullName": "%s", "birthDate": "1985-04-04", "gender": "MALE", %s "ethnicity": "01",
                 "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(name, nationalId == null ? "" : "\"nationalId\": \"" + nationalId + "\",", residence);
    }

    private long member(String cell) throws Exception {
        return Json.id(api.post(department, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "2010-01-01", "officialOn": "2011-01-01"}
                """.formatted(person("Đảng Viên " + SEQUENCE.incrementAndGet(), cell, null), cell))
                .andExpect(status().isCreated()));
    }

    /** Refused under the field, in Vietnamese, with the message of "not found" and nothing of commune B in it. */
    private void refusedUnder(ResultActions result, String field) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message",
                        org.hamcrest.Matchers.hasItem(containsString("trong phạm vi của đồng chí"))))
                .andExpect(content().string(allOf(not(containsString("An Phú")), not(containsString("Thôn Tây")),
                        not(containsString("Người Xã Bên")))));
    }

    private void nobodyNamed(String name) throws Exception {
        api.get(department, "/api/v1/people?q={q}", name).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aPersonLivingInAnotherCommuneIsNotRegistered() throws Exception {
        refusedUnder(api.post(communeA, "/api/v1/people", person("Người Lạ Một", tree.cellB1(), null)),
                "residenceOrganizationCode");
        nobodyNamed("Người Lạ Một");
    }

    @Test
    void aMemberIsNotRegisteredInAnotherCommuneNorAsSomeoneOfIt() throws Exception {
        refusedUnder(api.post(communeA, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "2020-01-01"}
                """.formatted(person("Người Lạ Hai", tree.cellA1(), null), tree.cellB1())), "organizationCode");
        nobodyNamed("Người Lạ Hai");
        refusedUnder(api.post(communeA, "/api/v1/members", """
                {"personId": %d, "organizationCode": "%s", "admittedOn": "2020-01-01"}
                """.formatted(personB, tree.cellA1())), "personId");
        refusedUnder(api.post(communeA, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "2020-01-01",
                 "admittingOrganizationCode": "%s"}
                """.formatted(person("Người Lạ Ba", tree.cellA1(), null), tree.cellA1(), tree.communeB())),
                "admittingOrganizationCode");
        nobodyNamed("Người Lạ Ba");
    }

    @Test
    void anImportRowNamingACellOfAnotherCommuneIsRefusedAndNothingIsImported() throws Exception {
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(
                Sheets.row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo", "Mã chi bộ",
                        "Ngày quyết định kết nạp", "Ngày lễ kết nạp", "Ngày chính thức", "Số thẻ đảng viên",
                        "Thôi sinh hoạt vì", "Ngày thôi sinh hoạt"),
                Sheets.row("Người Lạ Năm", LocalDate.of(1990, 3, 15), "Nam", nationalId(), "Kinh", null,
                        tree.cellA1(), LocalDate.of(2020, 1, 1), null, null, null, null, null),
                Sheets.row("Người Lạ Sáu", LocalDate.of(1990, 3, 15), "Nam", nationalId(), "Kinh", null,
                        tree.cellB1(), LocalDate.of(2020, 1, 1), null, null, null, null, null)));
        api.upload(communeA, "/api/v1/imports/members", "dang-vien.xlsx", workbook)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].message", containsString("trong phạm vi của đồng chí")))
                .andExpect(content().string(allOf(not(containsString("An Phú")), not(containsString("Thôn Tây")))));
        nobodyNamed("Người Lạ Năm");
        nobodyNamed("Người Lạ Sáu");
    }

    @Test
    void aTransferToAnotherCommuneBecomesARequestThatNamesNothingOfItAndTheMemberStays() throws Exception {
        api.post(communeA, "/api/v1/members/" + memberA + "/movements", """
                {"type": "TRANSFER", "date": "2026-03-01", "toOrganizationCode": "%s"}
                """.formatted(tree.cellB1())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.toOrganizationCode").value(tree.cellB1()))
                .andExpect(jsonPath("$.toOrganizationName").doesNotExist())
                .andExpect(content().string(allOf(not(containsString("An Phú")), not(containsString("Thôn Tây")))));
        api.get(department, "/api/v1/members/" + memberA).andExpect(jsonPath("$.organizationCode").value(tree.cellA1()));
        // Inside the commune the transfer is made at once.
        api.post(communeA, "/api/v1/members/" + memberB + "/movements", """
                {"type": "TRANSFER", "date": "2026-03-01", "toOrganizationCode": "%s"}
                """.formatted(tree.cellA2())).andExpect(status().isNotFound());
        long other = member(tree.cellA1());
        api.post(communeA, "/api/v1/members/" + other + "/movements", """
                {"type": "TRANSFER", "date": "2026-03-01", "toOrganizationCode": "%s"}
                """.formatted(tree.cellA2())).andExpect(status().isOk())
                .andExpect(jsonPath("$.organizationCode").value(tree.cellA2()));
    }

    @Test
    void aProspectGetsNoMentorNorIntroducerOfAnotherCommune() throws Exception {
        String listing = """
                {"person": %s, "organizationCode": "%s", "since": "2026-03-01", "channel": "CELL", "categories": [],
                 "%s": %d}
                """;
        refusedUnder(api.post(communeA, "/api/v1/prospects", listing.formatted(
                person("Người Lạ Bốn", tree.cellA1(), null), tree.cellA1(), "mentorMemberId", memberB)),
                "mentorMemberId");
        refusedUnder(api.post(communeA, "/api/v1/prospects", listing.formatted(
                person("Người Lạ Bốn", tree.cellA1(), null), tree.cellA1(), "introducedByMemberId", memberB)),
                "introducedByMemberId");
        nobodyNamed("Người Lạ Bốn");
        refusedUnder(api.post(communeA, "/api/v1/prospects", """
                {"personId": %d, "organizationCode": "%s", "since": "2026-03-01", "channel": "CELL", "categories": []}
                """.formatted(personB, tree.cellA1())), "personId");
        api.get(department, "/api/v1/prospects?organization={o}", tree.communeA()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anAssignmentNamesNoCadreCellOrDirectiveOfAnotherCommune() throws Exception {
        String assignment = """
                {"memberId": %d, "cellCode": "%s", "role": "SUPERVISE", "from": "2026-01-01" %s}
                """;
        refusedUnder(api.post(communeA, "/api/v1/assignments", assignment.formatted(memberB, tree.cellA1(), "")),
                "memberId");
        refusedUnder(api.post(communeA, "/api/v1/assignments", assignment.formatted(memberA, tree.cellB1(), "")),
                "cellCode");
        refusedUnder(api.post(communeA, "/api/v1/assignments", assignment.formatted(memberA, tree.cellA1(),
                ", \"directiveId\": " + directiveB)), "directiveId");
        api.get(department, "/api/v1/assignments?organization={o}", tree.communeA())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void directivesTargetsClassesSurveysAndAccountsStayInTheCommune() throws Exception {
        refusedUnder(api.post(communeA, "/api/v1/directives", """
                {"numberSymbol": "9-KH/ĐU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s", "title": "Lạ"}
                """.formatted(tree.communeB())), "issuerCode");
        refusedUnder(api.put(communeA, "/api/v1/targets", """
                {"organizationCode": "%s", "termCode": "%s", "admissions": "5"}
                """.formatted(tree.communeB(), term)), "organizationCode");
        refusedUnder(api.put(communeA, "/api/v1/targets", """
                {"organizationCode": "%s", "termCode": "%s", "admissions": "5", "directiveId": %d}
                """.formatted(tree.communeA(), term, directiveB)), "directiveId");
        api.get(department, "/api/v1/targets?organization={o}&term={t}", tree.communeA(), term)
                .andExpect(jsonPath("$.organization.targets").isEmpty());
        refusedUnder(api.post(communeA, "/api/v1/classes", """
                {"name": "Lớp lạ", "organizerCode": "%s", "startDate": "2026-03-02", "endDate": "2026-03-06"}
                """.formatted(tree.communeB())), "organizerCode");
        refusedUnder(api.post(communeA, "/api/v1/pool-surveys", """
                {"organizationCode": "%s", "surveyedOn": "2026-03-02", "surveyedBy": "Lạ", "eligibleTotal": "3"}
                """.formatted(tree.communeB())), "organizationCode");
        refusedUnder(api.post(communeA, "/api/v1/users", """
                {"username": "%s", "password": "mat-khau-dai", "fullName": "Ai Đó", "role": "VIEWER",
                 "organizationCode": "%s"}
                """.formatted(fixtures.uniquePrefix().toLowerCase(), tree.communeB())), "organizationCode");
    }

    @Test
    void aDossierIsNotOpenedForSomeoneOfAnotherCommuneNorInIt() throws Exception {
        refusedUnder(api.post(communeA, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(personB, tree.cellA1())), "personId");
        refusedUnder(api.post(communeA, "/api/v1/dossiers", """
                {"nationalId": "%s", "cellCode": "%s"}
                """.formatted(nationalIdB, tree.cellA1())), "nationalId");
        long personA = Json.id(api.post(communeA, "/api/v1/people", person("Người Xin Vào", tree.cellA1(), null))
                .andExpect(status().isCreated()));
        refusedUnder(api.post(communeA, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(personA, tree.cellB1())), "cellCode");
        api.get(department, "/api/v1/dossiers?organization={o}", tree.communeA()).andExpect(jsonPath("$.total").value(0));

        // Someone living in A with a dossier opened in B (by the province): A learns only that it is another cell's.
        long mover = Json.id(api.post(communeA, "/api/v1/people", person("Người Hai Nơi", tree.cellA1(), null))
                .andExpect(status().isCreated()));
        api.post(department, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(mover, tree.cellB1())).andExpect(status().isCreated());
        api.post(communeA, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(mover, tree.cellA1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("một chi bộ khác")))
                .andExpect(content().string(not(containsString("Thôn Tây"))));

        long dossier = Json.id(api.post(communeA, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(personA, tree.cellA1())).andExpect(status().isCreated()));
        refusedUnder(api.post(communeA, "/api/v1/dossiers/" + dossier + "/steps", """
                {"step": "INTRODUCTION", "date": "2026-03-02",
                 "introducers": [{"memberId": "%d", "knownSince": "2024-01-01"}]}
                """.formatted(memberB)),
                "introducers[0].memberId");
    }
}
