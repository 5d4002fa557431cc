package vn.ptdv.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ptdv.shared.Role;
import vn.ptdv.documents.DocumentFiles;
import vn.ptdv.support.Api;
import vn.ptdv.support.DecidedDossiers;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;

/**
 * Collective ceremonies through the API on the test clock (16/11/2026): the anniversary calendar
 * with local anniversaries inherited down the tree, the ceremony deadline of each decided dossier
 * (the day before, of and after its last day), holding a ceremony that starts the probation of
 * those present only, and the scope of every call.
 */
@IntegrationTest
class CeremonyApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    /** The tests' day, and the dates of the scenarios written for 16/11/2026 moved to it. */
    static final LocalDate TODAY = MutableClock.today();

    static String day(String writtenFor16November2026) {
        return LocalDate.parse(writtenFor16November2026).plusDays(
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 11, 16), TODAY)).toString();
    }

    static String shown(String writtenFor16November2026) {
        return vn.ptdv.calendar.VietnameseDates.format(LocalDate.parse(day(writtenFor16November2026)));
    }

    /** The next 3 February after the tests' day: the Party's founding anniversary. */
    static LocalDate nextFoundingDay() {
        LocalDate thisYear = LocalDate.of(TODAY.getYear(), 2, 3);
        return thisYear.isAfter(TODAY) ? thisYear : thisYear.plusYears(1);
    }

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    // --- the anniversary calendar

    @Test
    void anOrganizationsLocalAnniversariesAreKeptByItsSubtreeBesideTheNationalOnes() throws Exception {
        String communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        api.post(department, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày thành lập chi bộ đầu tiên của tỉnh", "day": 15, "month": 3, "sinceYear": 1930}
                """.formatted(tree.province())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.organizationCode").value(tree.province()));
        api.post(communeA, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày truyền thống phường", "day": "20", "month": "10", "sinceYear": "1946"}
                """.formatted(tree.communeA())).andExpect(status().isCreated());
        api.post(communeA, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày mới đặt", "day": 1, "month": 6, "sinceYear": 2026}
                """.formatted(tree.communeA())).andExpect(status().isCreated());

        String year2025 = "&from=2025-01-01&to=2025-12-31";
        api.get(department, "/api/v1/anniversaries?organization=" + tree.cellA1() + year2025)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].date").value("2025-02-03"))
                .andExpect(jsonPath("$[0].national").value(true))
                .andExpect(jsonPath("$[0].years").value(95))
                .andExpect(jsonPath("$[1].date").value("2025-03-15"))
                .andExpect(jsonPath("$[1].organizationCode").value(tree.province()))
                .andExpect(jsonPath("$[*].date", hasItem("2025-05-19")))
                .andExpect(jsonPath("$[*].date", hasItem("2025-09-02")))
                .andExpect(jsonPath("$[5].date").value("2025-10-20"))
                .andExpect(jsonPath("$[5].name").value("Ngày truyền thống phường"))
                .andExpect(jsonPath("$[5].organizationCode").value(tree.communeA()));
        // Since the year it was set from: 2025 did not keep it, 2026 does.
        api.get(department, "/api/v1/anniversaries?organization=" + tree.cellA1() + "&from=2026-06-01&to=2026-06-01")
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Ngày mới đặt"));
        // The other commune inherits the province's, not the ward's.
        api.get(department, "/api/v1/anniversaries?organization=" + tree.cellB1() + year2025)
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[*].name", not(hasItem("Ngày truyền thống phường"))));
    }

    @Test
    void aLocalAnniversaryWithADayTheMonthLacksOrOutsideTheScopeIsRefused() throws Exception {
        String communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        api.post(department, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày sai", "day": 31, "month": 4, "sinceYear": 1990}
                """.formatted(tree.communeA())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("day"))
                .andExpect(jsonPath("$.errors[0].message", containsString("tháng 4 không có ngày 31")));
        api.post(department, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày tương lai", "day": 1, "month": 4, "sinceYear": %d}
                """.formatted(tree.communeA(), TODAY.getYear() + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sinceYear"));
        api.post(communeB, "/api/v1/anniversaries", """
                {"organizationCode": "%s", "name": "Ngày của phường khác", "day": 1, "month": 4, "sinceYear": 1990}
                """.formatted(tree.communeA())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationCode"));
        api.get(communeB, "/api/v1/anniversaries?organization=" + tree.communeA()).andExpect(status().isNotFound());
    }

    // --- ceremonies

    @Test
    void aDossierJoinsACeremonyUpToTheLastDayOfItsDeadlineAndIsRefusedWithTheArticleAfterIt() throws Exception {
        introducers(tree.cellA1(), tree.cellA2());
        long first = decided("Trần Văn Đúng Hạn", tree.cellA1(), day("2026-10-20"));
        long second = decided("Lê Thị Sát Hạn", tree.cellA1(), day("2026-10-20"));
        LocalDate due = LocalDate.parse(Json.read(api.get(department, "/api/v1/dossiers/" + first), "$.dueDate"));
        long dayBefore = plan(tree.communeA(), due.minusDays(1).toString());
        long dayOf = plan(tree.communeA(), due.toString());
        long dayAfter = plan(tree.communeA(), due.plusDays(1).toString());

        api.get(department, "/api/v1/ceremonies/candidates?organization=" + tree.communeA())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].lastDate").value(due.toString()))
                .andExpect(jsonPath("$[0].ruleId").value("R-CEREMONY-30WD"))
                .andExpect(jsonPath("$[0].ceremonies[*].id", hasItem((int) dayOf)))
                .andExpect(jsonPath("$[0].ceremonies[*].id", not(hasItem((int) dayAfter))))
                .andExpect(jsonPath("$[0].anniversaries[*].date", not(hasItem(nextFoundingDay().toString()))));

        // All or nothing: the late one refuses both, naming the rule, its article and the last day.
        add(dayAfter, first, second).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations", hasSize(2)))
                .andExpect(jsonPath("$.violations[0].ruleId").value("R-CEREMONY-30WD"))
                .andExpect(jsonPath("$.violations[0].source", containsString("294-QĐ/TW")))
                .andExpect(jsonPath("$.violations[0].message", containsString(vn(due))))
                .andExpect(jsonPath("$.errors[0].field").value("dossierIds[0]"));
        api.get(department, "/api/v1/ceremonies/" + dayAfter).andExpect(jsonPath("$.dossiers", hasSize(0)));

        add(dayOf, first).andExpect(status().isOk()).andExpect(jsonPath("$.dossiers[0].lastDate").value(due.toString()));
        add(dayBefore, second).andExpect(status().isOk()).andExpect(jsonPath("$.persons").value(1));
        // One planned ceremony at a time; a cancelled one frees its dossiers.
        add(dayBefore, first).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString(vn(due))));
        api.post(department, "/api/v1/ceremonies/" + dayOf + "/cancelled", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        add(dayBefore, first).andExpect(status().isOk()).andExpect(jsonPath("$.dossiers", hasSize(2)));
        api.get(department, "/api/v1/ceremonies/candidates?organization=" + tree.communeA())
                .andExpect(jsonPath("$[0].plannedCeremonyId").value((int) dayBefore));
        // Taken out of a planned ceremony, a dossier waits for another.
        String removeFirst = "/api/v1/ceremonies/" + dayBefore + "/dossiers/" + first;
        mvc.perform(MockMvcRequestBuilders.delete(removeFirst).with(api.as(department))).andExpect(status().isOk())
                .andExpect(jsonPath("$.dossiers", hasSize(1)));
        mvc.perform(MockMvcRequestBuilders.delete(removeFirst).with(api.as(department)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void holdingACeremonyStartsTheProbationOfEveryonePresentAndLeavesTheAbsentWaiting() throws Exception {
        introducers(tree.cellA1(), tree.cellA2());
        long present1 = decided("Phạm Văn Có Mặt", tree.cellA1(), day("2026-10-20"));
        long present2 = decided("Võ Thị Cũng Có Mặt", tree.cellA2(), day("2026-10-21"));
        long absent = decided("Đỗ Văn Vắng", tree.cellA1(), day("2026-10-20"));
        long future = plan(tree.communeA(), day("2026-11-20"));
        add(future, present1).andExpect(status().isOk());
        api.post(department, "/api/v1/ceremonies/" + future + "/held", "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString(shown("2026-11-20"))));
        api.post(department, "/api/v1/ceremonies/" + future + "/cancelled", "{}").andExpect(status().isOk());

        long ceremony = Json.id(api.post(department, "/api/v1/ceremonies", """
                {"organizationCode": "%s", "date": "%s", "place": "Hội trường phường", "name": "Lễ kết nạp đợt 1"}
                """.formatted(tree.communeA(), day("2026-11-10"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED")));
        add(ceremony, present1, present2, absent).andExpect(status().isOk());
        api.post(department, "/api/v1/ceremonies/" + ceremony + "/held", """
                {"absent": [{"dossierId": %d}]}
                """.formatted(absent)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("absent[0].reason"));
        api.get(department, "/api/v1/dossiers/" + present1).andExpect(jsonPath("$.state").value("ADMITTED"));

        api.post(department, "/api/v1/ceremonies/" + ceremony + "/held", """
                {"absent": [{"dossierId": %d, "reason": "Ốm, nằm viện"}]}
                """.formatted(absent)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HELD"));
        for (long dossier : List.of(present1, present2)) {
            api.get(department, "/api/v1/dossiers/" + dossier)
                    .andExpect(jsonPath("$.state").value("PROBATION"))
                    .andExpect(jsonPath("$.ceremonyDate").value(day("2026-11-10")))
                    .andExpect(jsonPath("$.memberId").isNumber());
        }
        api.get(department, "/api/v1/dossiers/" + absent)
                .andExpect(jsonPath("$.state").value("ADMITTED"))
                .andExpect(jsonPath("$.memberId").doesNotExist());
        api.get(department, "/api/v1/ceremonies/" + ceremony)
                .andExpect(jsonPath("$.dossiers[?(@.dossierId == %d)].attendance".formatted(absent)).value("ABSENT"))
                .andExpect(jsonPath("$.dossiers[?(@.dossierId == %d)].absenceReason".formatted(absent))
                        .value("Ốm, nằm viện"))
                .andExpect(jsonPath("$.dossiers[?(@.dossierId == %d)].attendance".formatted(present2))
                        .value("PRESENT"));
        // The programme and the minutes, in Word and PDF, list the new members.
        byte[] minutes = api.get(department, "/api/v1/ceremonies/" + ceremony + "/minutes?format=pdf")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String minutesText = DocumentFiles.pdfText(minutes);
        snapshot(minutes, "ceremony-minutes-pdf");
        assertThat(minutesText).containsIgnoringCase("biên bản lễ kết nạp đảng viên").contains("Phạm Văn Có Mặt")
                .contains("Vắng mặt").contains("Ốm, nằm viện").contains("có mặt: 2; vắng mặt: 1");
        byte[] programme = api.get(department, "/api/v1/ceremonies/" + ceremony + "/programme?format=docx")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.docxText(programme)).contains("Đảng viên mới đọc lời tuyên thệ")
                .contains("Võ Thị Cũng Có Mặt").contains("Hội trường phường");
        // The probation register of the ward lists those present from the ceremony's date, and exports it.
        String register = api.get(department, "/reports/probation-register?organization=" + tree.communeA())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("Sổ đảng viên dự bị").contains("Phạm Văn Có Mặt").contains("Võ Thị Cũng Có Mặt")
                .contains(shown("2026-11-10")).doesNotContain("Đỗ Văn Vắng");
        byte[] workbook = api.get(department, "/reports/probation-register?organization=" + tree.communeA()
                + "&format=xlsx").andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.sheetText(workbook)).contains("Phạm Văn Có Mặt").contains("Số lý lịch");
        api.get(fixtures.user(Role.COMMITTEE, tree.communeB()), "/reports/probation-register?organization="
                + tree.communeA()).andExpect(status().isNotFound());
        // Held once: the absent one waits for another ceremony.
        api.post(department, "/api/v1/ceremonies/" + ceremony + "/held", "{}")
                .andExpect(status().isUnprocessableContent());
        api.get(department, "/api/v1/ceremonies/candidates?organization=" + tree.communeA())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].dossierId").value((int) absent));
        String counts = "/api/v1/reports/membership?organization=" + tree.communeA() + "&date=";
        assertThat(((Number) Json.read(api.get(department, counts + day("2026-11-10")), "$.probationary")).intValue())
                .isEqualTo(2);
        assertThat(((Number) Json.read(api.get(department, counts + day("2026-11-09")), "$.probationary")).intValue())
                .isZero();
    }

    @Test
    void anotherCommunesCeremoniesAndDossiersAreOutOfScopeWithoutRevealingThem() throws Exception {
        introducers(tree.cellA1(), tree.cellA2());
        long dossierA = decided("Ngô Văn Phường A", tree.cellA1(), day("2026-10-20"));
        long ceremonyA = plan(tree.communeA(), day("2026-11-25"));
        String communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        long ceremonyB = Json.id(api.post(communeB, "/api/v1/ceremonies", """
                {"organizationCode": "%s", "date": "%s", "place": "Nhà văn hóa xã"}
                """.formatted(tree.communeB(), day("2026-11-25"))).andExpect(status().isCreated()));

        api.get(communeB, "/api/v1/ceremonies/" + ceremonyA).andExpect(status().isNotFound());
        api.post(communeB, "/api/v1/ceremonies/" + ceremonyA + "/dossiers", "{\"dossierIds\": [%d]}".formatted(dossierA))
                .andExpect(status().isNotFound());
        api.post(communeB, "/api/v1/ceremonies/" + ceremonyB + "/dossiers", "{\"dossierIds\": [%d]}".formatted(dossierA))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("không có hồ sơ số " + dossierA)));
        // Even the department cannot put the ward's dossier in the commune's ceremony.
        add(ceremonyB, dossierA).andExpect(status().isUnprocessableContent());
        api.post(communeB, "/api/v1/ceremonies", """
                {"organizationCode": "%s", "date": "%s", "place": "Hội trường"}
                """.formatted(tree.communeA(), day("2026-11-25"))).andExpect(status().isUnprocessableContent());
        api.get(communeB, "/api/v1/ceremonies/candidates?organization=" + tree.communeA())
                .andExpect(status().isNotFound());
        api.get(communeB, "/api/v1/ceremonies/candidates").andExpect(jsonPath("$", hasSize(0)));
        api.get(communeB, "/api/v1/ceremonies?from=" + day("2026-11-01") + "&to=" + day("2026-12-31"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value((int) ceremonyB));
        api.get(department, "/api/v1/ceremonies?organization=" + tree.province() + "&from=" + day("2026-11-01") + "&to=" + day("2026-12-31"))
                .andExpect(jsonPath("$[*].id", hasItem((int) ceremonyA)))
                .andExpect(jsonPath("$[*].id", hasItem((int) ceremonyB)));
    }

    // --- data

    DecidedDossiers dossiers;

    void introducers(String cell1, String cell2) throws Exception {
        dossiers = new DecidedDossiers(api, department, tree, cell1, cell2);
    }

    long decided(String name, String cell, String decisionDate) throws Exception {
        return dossiers.decided(name, cell, decisionDate);
    }

    /** The first page of a PDF as a picture beside the browser tests' screenshots, to look at. */
    static void snapshot(byte[] pdf, String name) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 80);
            java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(image, "png", file.toFile());
        }
    }

    static String vn(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    long plan(String host, String date) throws Exception {
        return Json.id(api.post(department, "/api/v1/ceremonies", """
                {"organizationCode": "%s", "date": "%s", "place": "Hội trường"}
                """.formatted(host, date)).andExpect(status().isCreated()));
    }

    ResultActions add(long ceremony, long... dossiers) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long d : dossiers) {
            ids.append(ids.isEmpty() ? "" : ", ").append(d);
        }
        return api.post(department, "/api/v1/ceremonies/" + ceremony + "/dossiers", "{\"dossierIds\": [" + ids + "]}");
    }
}
