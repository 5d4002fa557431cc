package vn.ptdv.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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

/** Members are counted in exactly one organization on any date, before, on and after each movement. */
@IntegrationTest
class MembershipApiTest {
    private static final AtomicInteger CARD = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    static String person(String name, String birthDate, String gender, String residence) {
        return """
                {"fullName": "%s", "birthDate": "%s", "gender": "%s", "ethnicity": "01", "religion": "NONE",
                 "residenceOrganizationCode": "%s"}
                """.formatted(name, birthDate, gender, residence);
    }

    ResultActions register(String cell, String name, String birthDate, String gender, String admittedOn)
            throws Exception {
        return api.post(department, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "%s"}
                """.formatted(person(name, birthDate, gender, cell), cell, admittedOn));
    }

    long member(String cell, String name, String birthDate, String gender, String admittedOn) throws Exception {
        return Json.id(register(cell, name, birthDate, gender, admittedOn).andExpect(status().isCreated()));
    }

    int total(String organization, String date) throws Exception {
        return Json.read(api.get(department, "/api/v1/reports/membership?organization={o}&date={d}", organization, date)
                .andExpect(status().isOk()), "$.total");
    }

    int total(String organization, String date, String structure) throws Exception {
        return Json.read(api.get(department, "/api/v1/reports/membership?organization={o}&date={d}&structure={s}",
                organization, date, structure).andExpect(status().isOk()), "$.total");
    }

    ResultActions move(long member, String json) throws Exception {
        return api.post(department, "/api/v1/members/" + member + "/movements", json);
    }

    @Test
    void aMemberIsCountedFromTheAdmissionDayInTheirCellAndItsAncestors() throws Exception {
        member(tree.cellA1(), "Nguyễn Văn An", "1990-05-01", "MALE", "2020-03-02");
        assertThat(total(tree.cellA1(), "2020-03-01")).isZero();
        assertThat(total(tree.cellA1(), "2020-03-02")).isEqualTo(1);
        assertThat(total(tree.cellA1(), "2020-03-03")).isEqualTo(1);
        assertThat(total(tree.communeA(), "2020-03-02")).isEqualTo(1);
        assertThat(total(tree.province(), "2020-03-02")).isEqualTo(1);
        assertThat(total(tree.communeB(), "2020-03-02")).isZero();
    }

    @Test
    void theReportBreaksMembersDownByStatusGenderAgeEthnicityAndReligion() throws Exception {
        api.post(department, "/api/v1/members", """
                {"person": {"fullName": "Lò Thị Hoa", "birthDate": "1996-01-10", "gender": "FEMALE", "ethnicity": "03",
                            "religion": "BUDDHISM", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "2019-01-10", "officialOn": "2020-01-10"}
                """.formatted(tree.cellB1(), tree.cellB1())).andExpect(status().isCreated());
        member(tree.cellB1(), "Trần Văn Bình", "1966-01-10", "MALE", "1990-01-10");

        api.get(department, "/api/v1/reports/membership?organization={o}&date=2020-01-10", tree.communeB())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization").value(tree.communeB()))
                .andExpect(jsonPath("$.structure").value("CURRENT"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.official").value(1))
                .andExpect(jsonPath("$.probationary").value(1))
                .andExpect(jsonPath("$.breakdowns.gender.FEMALE").value(1))
                .andExpect(jsonPath("$.breakdowns.gender.MALE").value(1))
                .andExpect(jsonPath("$.breakdowns.ageBand.UNDER_30").value(1))
                .andExpect(jsonPath("$.breakdowns.ageBand.FROM_30_TO_45").value(0))
                .andExpect(jsonPath("$.breakdowns.ageBand.FROM_46_TO_60").value(1))
                .andExpect(jsonPath("$.breakdowns.ageBand.OVER_60").value(0))
                .andExpect(jsonPath("$.breakdowns.ethnicMinority").value(1))
                .andExpect(jsonPath("$.breakdowns.religion.BUDDHISM").value(1));
        // The day before her official date she was probationary.
        api.get(department, "/api/v1/reports/membership?organization={o}&date=2020-01-09", tree.communeB())
                .andExpect(jsonPath("$.official").value(0))
                .andExpect(jsonPath("$.probationary").value(2));
    }

    @Test
    void ageBandsChangeOnTheBirthday() throws Exception {
        member(tree.cellA2(), "Phạm Văn Cường", "1975-06-15", "MALE", "2000-06-15");
        String over = "/api/v1/reports/membership?organization={o}&date={d}";
        api.get(department, over, tree.cellA2(), "2005-06-14").andExpect(jsonPath("$.breakdowns.ageBand.UNDER_30").value(1));
        api.get(department, over, tree.cellA2(), "2005-06-15").andExpect(jsonPath("$.breakdowns.ageBand.FROM_30_TO_45").value(1));
        api.get(department, over, tree.cellA2(), "2021-06-14").andExpect(jsonPath("$.breakdowns.ageBand.FROM_30_TO_45").value(1));
        api.get(department, over, tree.cellA2(), "2021-06-15").andExpect(jsonPath("$.breakdowns.ageBand.FROM_46_TO_60").value(1));
        api.get(department, over, tree.cellA2(), "2036-06-14").andExpect(jsonPath("$.breakdowns.ageBand.FROM_46_TO_60").value(1));
        api.get(department, over, tree.cellA2(), "2036-06-15").andExpect(jsonPath("$.breakdowns.ageBand.OVER_60").value(1));
    }

    @Test
    void aTransferMovesTheCountOnItsDate() throws Exception {
        long id = member(tree.cellA1(), "Lê Thị Lan", "1985-02-02", "FEMALE", "2010-02-02");
        move(id, """
                {"type": "TRANSFER", "date": "2022-07-01", "toOrganizationCode": "%s"}
                """.formatted(tree.cellB2()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizationCode").value(tree.cellB2()))
                .andExpect(jsonPath("$.movements[*].type", hasItem("TRANSFER")));
        assertThat(total(tree.cellA1(), "2022-06-30")).isEqualTo(1);
        assertThat(total(tree.cellB2(), "2022-06-30")).isZero();
        assertThat(total(tree.cellA1(), "2022-07-01")).isZero();
        assertThat(total(tree.cellB2(), "2022-07-01")).isEqualTo(1);
        assertThat(total(tree.province(), "2022-06-30")).isEqualTo(1);
        assertThat(total(tree.province(), "2022-07-01")).isEqualTo(1);
    }

    @Test
    void everyEndingMovementStopsTheCountOnItsDate() throws Exception {
        String[] types = {"DEATH", "REMOVAL", "EXPULSION", "LEAVE", "TRANSFER_OUT"};
        for (String type : types) {
            long id = member(tree.cellB1(), "Đảng viên " + type, "1980-01-01", "MALE", "2005-01-01");
            move(id, """
                    {"type": "%s", "date": "2021-04-10", "toOutside": "Đảng bộ tỉnh khác", "note": "ghi chú"}
                    """.formatted(type))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ENDED"))
                    .andExpect(jsonPath("$.endReason").value(type));
        }
        assertThat(total(tree.cellB1(), "2021-04-09")).isEqualTo(types.length);
        assertThat(total(tree.cellB1(), "2021-04-10")).isZero();
        assertThat(total(tree.cellB1(), "2021-04-11")).isZero();
    }

    @Test
    void anEndedMemberCannotMoveAgain() throws Exception {
        long id = member(tree.cellB1(), "Võ Văn Dũng", "1950-01-01", "MALE", "1975-01-01");
        move(id, "{\"type\": \"DEATH\", \"date\": \"2020-01-01\"}").andExpect(status().isOk());
        move(id, "{\"type\": \"TRANSFER\", \"date\": \"2021-01-01\", \"toOrganizationCode\": \"%s\"}"
                .formatted(tree.cellB2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("đã thôi sinh hoạt từ ngày 01/01/2020")));
    }

    @Test
    void aMovementCannotPredateTheAdmissionOrLieInTheFuture() throws Exception {
        long id = member(tree.cellA1(), "Hoàng Văn Em", "1990-01-01", "MALE", "2015-05-05");
        move(id, "{\"type\": \"DEATH\", \"date\": \"2015-05-04\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        move(id, "{\"type\": \"DEATH\", \"date\": \"2015-05-05\"}")
                .andExpect(status().isUnprocessableContent());
        move(id, "{\"type\": \"DEATH\", \"date\": \"%s\"}".formatted(MutableClock.today().plusDays(2)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("tương lai")));
        move(id, "{\"type\": \"RESTRUCTURE\", \"date\": \"2020-01-01\"}")
                .andExpect(status().isBadRequest());
        move(id, "{\"type\": \"TRANSFER\", \"date\": \"2020-01-01\", \"toOrganizationCode\": \"%s\"}"
                .formatted(tree.communeB()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("không phải chi bộ")));
        api.get(department, "/api/v1/members/" + id).andExpect(jsonPath("$.status").value("PROBATIONARY"));
    }

    @Test
    void aMemberIsAdmittedNoEarlierThanTheirEighteenthBirthday() throws Exception {
        register(tree.cellA1(), "Trẻ Tuổi", "2000-03-15", "MALE", "2018-03-14")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("admittedOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("từ ngày 15/03/2018")));
        register(tree.cellA1(), "Trẻ Tuổi", "2000-03-15", "MALE", "1999-01-01")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("sau ngày sinh")));
        register(tree.cellA1(), "Trẻ Tuổi", "2000-03-15", "MALE", "2018-03-15").andExpect(status().isCreated());
    }

    @Test
    void aPersonHasOneOpenMembershipAtATime() throws Exception {
        long memberId = member(tree.cellA1(), "Đinh Văn Giang", "1970-01-01", "MALE", "1995-01-01");
        long personId = ((Number) Json.read(api.get(department, "/api/v1/members/" + memberId), "$.personId")).longValue();
        api.post(department, "/api/v1/members", """
                {"personId": %d, "organizationCode": "%s", "admittedOn": "1995-01-01"}
                """.formatted(personId, tree.cellA2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("đang là đảng viên")));
    }

    @Test
    void nationalIdsAreTwelveDigitsUniqueAndCheckedAgainstGenderAndBirthYear() throws Exception {
        String id = "0791" + String.format("%08d", CARD.incrementAndGet());
        // 4th digit 1: a woman born in the 1900s; digits 5-6 must be the birth year.
        String nationalId = id.substring(0, 4) + "85" + id.substring(6);
        api.post(department, "/api/v1/people", """
                {"fullName": "Mai Thị Hạnh", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(nationalId, tree.cellA1()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nationalId").value(nationalId.substring(0, 4) + "******" + nationalId.substring(10)))
                .andExpect(jsonPath("$.warnings").isEmpty());
        api.post(department, "/api/v1/people", """
                {"fullName": "Người Trùng", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(nationalId, tree.cellA1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nationalId"));
        api.post(department, "/api/v1/people", """
                {"fullName": "Số Ngắn", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "07918500123",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(tree.cellA1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("đúng 12 chữ số")));
        String mismatched = "0790" + "84" + nationalId.substring(6, 11) + "7";
        api.post(department, "/api/v1/people", """
                {"fullName": "Lệch Số", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(mismatched, tree.cellA1()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[*].code", hasItem("NATIONAL_ID_GENDER")))
                .andExpect(jsonPath("$.warnings[*].code", hasItem("NATIONAL_ID_YEAR")));
        api.get(department, "/api/v1/people?q={q}", nationalId)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].nationalId").value(nationalId.substring(0, 4) + "******"
                        + nationalId.substring(10)));
        api.get(department, "/api/v1/people?q={q}", "mai thi hanh")
                .andExpect(jsonPath("$.items[*].fullName", hasItem("Mai Thị Hạnh")));
    }

    @Test
    void aCellSecretarySeesOnlyTheMembersOfTheirCell() throws Exception {
        long mine = member(tree.cellA1(), "Của Chi Bộ", "1980-01-01", "MALE", "2010-01-01");
        long other = member(tree.cellA2(), "Chi Bộ Khác", "1980-01-01", "MALE", "2010-01-01");
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        api.get(secretary, "/api/v1/members/" + mine).andExpect(status().isOk());
        api.get(secretary, "/api/v1/members/" + other).andExpect(status().isNotFound());
        api.get(secretary, "/api/v1/members?organization={o}", tree.cellA1())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) mine)))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) other))));
        api.get(secretary, "/api/v1/members?organization={o}", tree.communeA()).andExpect(status().isNotFound());
        api.get(secretary, "/api/v1/reports/membership?organization={o}", tree.cellA2()).andExpect(status().isNotFound());
        long otherPerson = ((Number) Json.read(api.get(department, "/api/v1/members/" + other), "$.personId")).longValue();
        api.get(secretary, "/api/v1/people/" + otherPerson).andExpect(status().isNotFound());
    }

    @Test
    void aCellSecretarysPeopleListHasThoseLivingThereAndTheMembersServingThereButNoOneElse() throws Exception {
        api.post(department, "/api/v1/people", person("Sống Ở Đây", "1980-01-01", "MALE", tree.cellA1()))
                .andExpect(status().isCreated());
        api.post(department, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "2010-01-01"}
                """.formatted(person("Sinh Hoạt Ở Đây", "1981-01-01", "FEMALE", tree.cellA2()), tree.cellA1()))
                .andExpect(status().isCreated());
        api.post(department, "/api/v1/people", person("Ở Chi Bộ Khác", "1982-01-01", "MALE", tree.cellA2()))
                .andExpect(status().isCreated());
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        api.get(secretary, "/api/v1/people?size=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].fullName", hasItem("Sống Ở Đây")))
                .andExpect(jsonPath("$.items[*].fullName", hasItem("Sinh Hoạt Ở Đây")))
                .andExpect(jsonPath("$.items[*].fullName", not(hasItem("Ở Chi Bộ Khác"))));
        api.get(secretary, "/api/v1/people?q={q}", "sinh hoat").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aBadQueryIsExplainedWithoutSayingThatNothingWasSavedWhileABadPostSaysSo() throws Exception {
        api.get(department, "/api/v1/reports/membership?organization={o}&date=31/02/2026", tree.cellA1())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Yêu cầu không hợp lệ")))
                .andExpect(jsonPath("$.detail", not(containsString("chưa lưu"))));
        api.post(department, "/api/v1/people", person("", "1980-01-01", "MALE", tree.cellA1()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("chưa lưu gì")));
    }

    @Test
    void aMergeMovesTheMembersAndBothStructuresTellTheirStory() throws Exception {
        member(tree.cellB1(), "Thôn Tây Một", "1980-01-01", "MALE", "2015-01-01");
        member(tree.cellB1(), "Thôn Tây Hai", "1981-01-01", "FEMALE", "2015-01-01");
        member(tree.cellB2(), "Thôn Nam Một", "1982-01-01", "MALE", "2015-01-01");
        String merged = tree.prefix() + "-B-TN";
        api.post(department, "/api/v1/restructurings", """
                {"type": "MERGE", "effectiveDate": "2025-07-01", "directive": "Nghị quyết số 12-NQ/ĐU",
                 "sourceCodes": ["%s", "%s"],
                 "target": {"code": "%s", "name": "Chi bộ Thôn Tây Nam", "type": "CELL", "parentCode": "%s"}}
                """.formatted(tree.cellB1(), tree.cellB2(), merged, tree.communeB()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("MERGE"))
                .andExpect(jsonPath("$.organizations[?(@.role == 'TARGET')].code", hasItem(merged)));

        // By the structure of each date: the old cells before the merge, the new one from it.
        assertThat(total(tree.cellB1(), "2025-06-30", "historical")).isEqualTo(2);
        assertThat(total(merged, "2025-07-01", "historical")).isEqualTo(3);
        api.get(department, "/api/v1/reports/membership?organization={o}&date=2025-06-30&structure=historical", merged)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        // By today's structure, the merged cell carries the history of both.
        assertThat(total(merged, "2025-06-30", "current")).isEqualTo(3);
        assertThat(total(merged, "2025-06-30")).isEqualTo(3);
        assertThat(total(merged, "2014-12-31")).isZero();
        api.get(department, "/api/v1/reports/membership?organization={o}&date=2025-06-30", tree.cellB1())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organization"));
        // The commune counts the same either way.
        assertThat(total(tree.communeB(), "2025-06-30", "historical")).isEqualTo(3);
        assertThat(total(tree.communeB(), "2025-07-01", "historical")).isEqualTo(3);
        // Members moved into the new cell from the effective date.
        api.get(department, "/api/v1/members?organization={o}&date=2025-07-01", merged)
                .andExpect(jsonPath("$.total").value(3));
        // The ended cell's page is still there, with its history.
        api.get(department, "/api/v1/organizations/{c}", tree.cellB1()).andExpect(status().isOk());
        api.get(department, "/api/v1/restructurings?organization={c}", tree.cellB1())
                .andExpect(jsonPath("$[0].directive").value("Nghị quyết số 12-NQ/ĐU"));
    }

    @Test
    void aMoveOfACellRollsItsHistoryIntoTheNewCommuneByTodaysStructure() throws Exception {
        member(tree.cellA2(), "Di Chuyển", "1980-01-01", "MALE", "2015-01-01");
        api.post(department, "/api/v1/restructurings", """
                {"type": "MOVE", "effectiveDate": "2024-01-01", "organizationCode": "%s", "newParentCode": "%s"}
                """.formatted(tree.cellA2(), tree.communeB())).andExpect(status().isCreated());
        assertThat(total(tree.communeA(), "2023-12-31", "historical")).isEqualTo(1);
        assertThat(total(tree.communeA(), "2023-12-31", "current")).isZero();
        assertThat(total(tree.communeB(), "2023-12-31", "current")).isEqualTo(1);
        assertThat(total(tree.communeB(), "2023-12-31", "historical")).isZero();
        assertThat(total(tree.communeB(), "2024-01-01", "historical")).isEqualTo(1);
    }

    @Test
    void aSplitSendsChildrenAndMembersWhereTheAllocationSays() throws Exception {
        long first = member(tree.cellA1(), "Ở Lại", "1980-01-01", "MALE", "2015-01-01");
        long second = member(tree.cellA1(), "Đi Sang", "1980-01-01", "MALE", "2015-01-01");
        String east = tree.prefix() + "-A-1E";
        String west = tree.prefix() + "-A-1W";
        api.post(department, "/api/v1/restructurings", """
                {"type": "SPLIT", "effectiveDate": "2024-05-01", "sourceCode": "%s",
                 "targets": [{"code": "%s", "name": "Chi bộ Khu phố Đông A", "type": "CELL"},
                             {"code": "%s", "name": "Chi bộ Khu phố Đông B", "type": "CELL"}],
                 "allocation": [{"memberId": %d, "targetCode": "%s"}]}
                """.formatted(tree.cellA1(), east, west, second, west)).andExpect(status().isCreated());
        api.get(department, "/api/v1/members/" + first).andExpect(jsonPath("$.organizationCode").value(east));
        api.get(department, "/api/v1/members/" + second).andExpect(jsonPath("$.organizationCode").value(west));
        api.get(department, "/api/v1/organizations/{c}", west).andExpect(jsonPath("$.parentCode").value(tree.communeA()));
        assertThat(total(tree.cellA1(), "2024-04-30", "historical")).isEqualTo(2);
        assertThat(total(east, "2024-05-01", "historical")).isEqualTo(1);
        assertThat(total(west, "2024-05-01", "historical")).isEqualTo(1);
    }

    @Test
    void aCellWithMembersIsNotDissolvedAndNothingIsStored() throws Exception {
        member(tree.cellA2(), "Còn Đây", "1980-01-01", "MALE", "2015-01-01");
        api.post(department, "/api/v1/restructurings", """
                {"type": "DISSOLVE", "effectiveDate": "2024-01-01", "organizationCode": "%s"}
                """.formatted(tree.cellA2()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("còn 1 đảng viên")));
        api.get(department, "/api/v1/organizations?under={c}&date=2024-06-01", tree.communeA())
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA2())));
        api.get(department, "/api/v1/restructurings?organization={c}", tree.cellA2())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aDatedRenameKeepsTheOldNameForEarlierReports() throws Exception {
        api.post(department, "/api/v1/restructurings", """
                {"type": "RENAME", "effectiveDate": "2023-01-01", "organizationCode": "%s", "newName": "Chi bộ Khu phố Bình Minh"}
                """.formatted(tree.cellA1())).andExpect(status().isCreated());
        api.get(department, "/api/v1/reports/membership?organization={o}&date=2022-12-31&structure=historical",
                tree.cellA1()).andExpect(jsonPath("$.organizationName").value("Chi bộ Khu phố Đông " + tree.prefix()));
        api.get(department, "/api/v1/reports/membership?organization={o}&date=2023-01-01&structure=historical",
                tree.cellA1()).andExpect(jsonPath("$.organizationName").value("Chi bộ Khu phố Bình Minh"));
        api.get(department, "/api/v1/organizations/{c}", tree.cellA1())
                .andExpect(jsonPath("$.name").value("Chi bộ Khu phố Bình Minh"));
    }

    @Test
    void aRestructuringCannotBeDatedInTheFuture() throws Exception {
        api.post(department, "/api/v1/restructurings", """
                {"type": "RENAME", "effectiveDate": "%s", "organizationCode": "%s", "newName": "Tên sau"}
                """.formatted(MutableClock.today().plusDays(3), tree.cellA1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
    }
}
