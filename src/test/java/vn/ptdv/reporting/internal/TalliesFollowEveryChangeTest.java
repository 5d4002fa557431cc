package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ptdv.support.Sheets.row;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;
import vn.ptdv.support.TestData;

/**
 * The landing pages' figures read from the tallies stay those of the live queries after the
 * kinds of change {@link NationalTalliesTest} does not make: a decision date corrected, a dossier
 * through the ceremony and the recognition, a prospect trained or leaving the pool, a cell
 * dissolved or split, a commune moved to the other province, members imported from a workbook,
 * facts of organizations right under a province or the country, a provincial root that becomes
 * the whole Party, and a person decided in one cell then registered as a member of another with
 * the same decision date.
 */
@IntegrationTest
class TalliesFollowEveryChangeTest extends TallyAgreement {
    private static final AtomicInteger NATIONAL_IDS = new AtomicInteger((int) (System.nanoTime() % 500_000));

    final LocalDate today = MutableClock.today();

    @Test
    void aMembersDecisionDateCorrectedAcrossTheNewYearLeavesTheYearsFigures() throws Exception {
        long[] introducers = introducers(north.cellB1());
        LocalDate newYear = today.withDayOfYear(1);
        LocalDate decision = newYear.plusDays(2);
        long person = applicant(north.cellB1(), north.communeB(), decision.minusMonths(3));
        long dossier = data.admitted(person, north.cellB1(), decision, decision.plusDays(10), introducers[0],
                introducers[1]);
        assertAgree("a dossier through its ceremony");
        long admittedThisYear = figures(nation).funnel().decided();

        List<Integer> steps = Json.read(api.get(department, "/api/v1/dossiers/" + dossier),
                "$.history[?(@.step == 'ADMISSION_DECISION')].id");
        api.post(department, "/api/v1/dossiers/" + dossier + "/steps/" + steps.get(0) + "/corrections", """
                {"date": "%s", "decisionNumber": "%d-QĐ/ĐU", "correctionReason": "Ghi nhầm ngày quyết định"}
                """.formatted(newYear.minusDays(1), TestData.next())).andExpect(status().isOk());
        Number member = Json.read(api.get(department, "/api/v1/dossiers/" + dossier), "$.memberId");
        api.get(department, "/api/v1/members/" + member).andExpect(jsonPath("$.decidedOn")
                .value(newYear.minusDays(1).toString()));
        assertThat(figures(nation).funnel().decided()).isEqualTo(admittedThisYear - 1);
        assertAgree("a member's decision date corrected to the last day of the year before");
    }

    @Test
    void aDossierThroughTheCeremonyAndTheRecognitionIsCountedRecognized() throws Exception {
        long[] introducers = introducers(south.cellA1());
        // Recognized twelve months after a ceremony of last year: in this year's funnel.
        LocalDate ceremony = today.minusMonths(17);
        long person = applicant(south.cellA1(), south.communeA(), ceremony.minusMonths(3));
        long dossier = data.admitted(person, south.cellA1(), ceremony.minusDays(10), ceremony, introducers[0],
                introducers[1]);
        assertAgree("a dossier through its ceremony");
        assertThat(figures(nation).funnel().recognized()).isZero();

        data.recognized(dossier, ceremony);
        assertThat(figures(nation).funnel().recognized()).isGreaterThan(0);
        assertThat(figures(south.province()).funnel().recognized()).isGreaterThan(0);
        assertAgree("a probationary member recognized as a full member");
    }

    @Test
    void aProspectTrainedThenLeavingThePoolLeavesThePoolFigures() throws Exception {
        long prospect = data.prospect(north.cellA2(), "Quần chúng " + TestData.next(), today.minusMonths(8), null);
        data.prospect(north.cellA2(), "Quần chúng " + TestData.next(), today.minusMonths(8), null);
        long pool = figures(nation).funnel().pool();
        assertAgree("two prospects added");

        api.patch(department, "/api/v1/prospects/" + prospect, """
                {"status": "ATTENDED_CLASS", "statusDate": "%s"}
                """.formatted(today.minusMonths(2))).andExpect(status().isOk());
        assertThat(figures(nation).funnel().attended()).isGreaterThan(0);
        assertAgree("a prospect attended the class");

        api.patch(department, "/api/v1/prospects/" + prospect, """
                {"status": "LEFT", "statusDate": "%s", "leftReason": "Chuyển nơi ở"}
                """.formatted(today.minusMonths(1))).andExpect(status().isOk());
        assertThat(figures(nation).funnel().pool()).isEqualTo(pool - 1);
        assertAgree("a prospect left the pool");
    }

    @Test
    void aDissolvedCellsAdmissionsStayInTheFigures() throws Exception {
        String ending = fixtures.cell(north.communeA(), "Chi bộ Giải Thể " + TestData.next());
        long first = member(ending, today.minusYears(3));
        long second = member(ending, today.withDayOfYear(1).plusDays(5));
        for (long leaving : List.of(first, second)) {
            api.post(department, "/api/v1/members/" + leaving + "/movements", """
                    {"type": "TRANSFER", "date": "%s", "toOrganizationCode": "%s"}
                    """.formatted(today.minusMonths(3), north.cellA2())).andExpect(status().isOk());
        }
        assertAgree("a cell's members transferred away");
        Figures before = figures(nation);
        assertThat(before.funnel().decided()).isEqualTo(1);

        api.post(department, "/api/v1/restructurings", """
                {"type": "DISSOLVE", "effectiveDate": "%s", "organizationCode": "%s"}
                """.formatted(today.minusMonths(1), ending)).andExpect(status().isCreated());
        assertThat(figures(nation).funnel().decided()).isEqualTo(before.funnel().decided());
        assertThat(figures(nation).progress()).isEqualTo(before.progress());
        assertAgree("a cell dissolved");
    }

    @Test
    void aSplitCellsHistoryGoesToTheNewCells() throws Exception {
        member(north.cellA1(), today.minusYears(3));
        long second = member(north.cellA1(), today.minusMonths(6));
        data.prospect(north.cellA1(), "Quần chúng " + TestData.next(), today.minusMonths(8), null);
        assertAgree("members and a prospect of a cell");

        String east = north.cellA1() + "E";
        String west = north.cellA1() + "W";
        api.post(department, "/api/v1/restructurings", """
                {"type": "SPLIT", "effectiveDate": "%s", "sourceCode": "%s",
                 "targets": [{"code": "%s", "name": "Chi bộ Khu phố Đông A", "type": "CELL"},
                             {"code": "%s", "name": "Chi bộ Khu phố Đông B", "type": "CELL"}],
                 "allocation": [{"memberId": %d, "targetCode": "%s"}]}
                """.formatted(today.minusMonths(1), north.cellA1(), east, west, second, west))
                .andExpect(status().isCreated());
        assertAgree("a cell split in two");
    }

    @Test
    void aCommuneMovedToTheOtherProvinceTakesItsCellsFiguresThere() throws Exception {
        member(north.cellA1(), today.minusYears(3));
        member(north.cellA2(), today.withDayOfYear(1));
        long[] introducers = introducers(north.cellA1());
        LocalDate vote = today.minusMonths(6);
        data.proposed(applicant(north.cellA1(), north.communeA(), vote.minusMonths(2)), north.cellA1(), vote,
                introducers[0], introducers[1]);
        data.prospect(north.cellA2(), "Quần chúng " + TestData.next(), today.minusMonths(2), null);
        assertAgree("the facts of a commune");
        long southPool = figures(south.province()).funnel().pool();

        api.post(department, "/api/v1/restructurings", """
                {"type": "MOVE", "effectiveDate": "%s", "organizationCode": "%s", "newParentCode": "%s"}
                """.formatted(today.minusMonths(1), north.communeA(), south.province()))
                .andExpect(status().isCreated());
        assertThat(figures(south.province()).funnel().pool()).isGreaterThan(southPool);
        assertAgree("a commune moved to the other province");
    }

    @Test
    void membersImportedFromAWorkbookAreCounted() throws Exception {
        LocalDate decided = today.withDayOfYear(1).plusDays(3);
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(
                row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo", "Mã chi bộ",
                        "Ngày quyết định kết nạp", "Ngày lễ kết nạp", "Ngày chính thức", "Số thẻ đảng viên",
                        "Thôi sinh hoạt vì", "Ngày thôi sinh hoạt"),
                imported("Trần Văn Nhập", north.cellB2(), decided, decided.plusDays(20)),
                imported("Lê Thị Nhập", south.cellB2(), today.minusYears(3), null)));
        api.upload(department, "/api/v1/imports/members", "dang-vien.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(2));
        assertAgree("members imported");
    }

    @Test
    void theFactsOfCellsRightUnderAProvinceOrTheCountryAreCounted() throws Exception {
        String provincialCell = north.province() + "-CBCS";
        String bloc = nation + "-KHOI";
        String blocCell = bloc + "-CBCS";
        SystemActor.run(() -> {
            organizations.create(new NewOrganization(provincialCell, "Chi bộ cơ sở Bệnh viện " + provincialCell,
                    OrganizationType.GRASSROOTS_CELL, null, north.province(), null));
            organizations.create(new NewOrganization(bloc, "Đảng bộ Khối Trung ương " + bloc,
                    OrganizationType.DIRECT_SUBORDINATE, null, nation, null));
            organizations.create(new NewOrganization(blocCell, "Chi bộ cơ sở Viện " + blocCell,
                    OrganizationType.GRASSROOTS_CELL, null, bloc, null));
        });
        assertAgree("grassroots cells under a province and under a bloc of the country");

        for (String cell : List.of(provincialCell, blocCell)) {
            member(cell, today.minusYears(4));
            member(cell, today.withDayOfYear(1));
            long[] introducers = introducers(cell);
            LocalDate vote = today.minusMonths(6);
            data.proposed(applicant(cell, cell, vote.minusMonths(2)), cell, vote,
                    introducers[0], introducers[1]);
            data.prospect(cell, "Quần chúng " + TestData.next(), today.minusMonths(2), null);
        }
        assertThat(figures(nation).funnel().pool()).isEqualTo(2);
        assertAgree("facts of cells right under a province and under a bloc of the country");
    }

    @Test
    void aProvincialRootThatBecomesTheWholePartyIsCountedFromItsTalliesAtOnce() throws Exception {
        String root = fixtures.uniquePrefix() + "-TW";
        String bloc = root + "-KHOI";
        String cell = bloc + "-CBCS";
        SystemActor.run(() -> {
            organizations.create(new NewOrganization(root, "Đảng bộ " + root, OrganizationType.PROVINCIAL, null, null,
                    null));
            organizations.create(new NewOrganization(bloc, "Đảng bộ Khối " + bloc, OrganizationType.DIRECT_SUBORDINATE,
                    null, root, null));
            organizations.create(new NewOrganization(cell, "Chi bộ cơ sở " + cell, OrganizationType.GRASSROOTS_CELL,
                    null, bloc, null));
        });
        department = fixtures.user(Role.ORG_DEPARTMENT, root);
        member(cell, today.minusYears(4));
        member(cell, today.withDayOfYear(1));
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(root), today))).isEmpty();

        api.patch(fixtures.user(Role.ADMIN, null), "/api/v1/organizations/" + root, """
                {"type": "CENTRAL", "version": 0}
                """).andExpect(status().isOk());

        assertThat(SystemActor.call(() -> tallies.tierFor(ref(root), today))).hasValue(1);
        assertThat(figures(root).funnel().decided()).isEqualTo(1);
        assertAgree("a provincial root become the whole Party", root, List.of(root, bloc));
    }

    @Test
    void aPersonDecidedInOneCellThenRegisteredAMemberOfAnotherWithTheSameDecisionIsCountedOnce() throws Exception {
        long[] introducers = introducers(north.cellB1());
        LocalDate decision = today.minusMonths(1);
        long person = applicant(north.cellB1(), north.communeB(), decision.minusMonths(3));
        data.decided(person, north.cellB1(), decision, introducers[0], introducers[1]);
        assertAgree("a dossier decided in a cell of the north");

        api.post(department, "/api/v1/members", """
                {"personId": %d, "organizationCode": "%s", "decidedOn": "%s"}
                """.formatted(person, south.cellA1(), decision)).andExpect(status().isCreated());
        assertAgree("the same person registered a member in a cell of the south with the same decision date");
    }

    /** A prospect of the cell certified by a class of the organizer on the date; the person's id. */
    private long applicant(String cell, String organizer, LocalDate certified) {
        return data.applicant(cell, organizer, "Người Xin Vào Đảng " + TestData.next(), certified);
    }

    /** Two official members of the cell who may introduce an applicant. */
    private long[] introducers(String cell) {
        return new long[] {data.officialMember(cell, "Người Giới Thiệu " + TestData.next()),
                data.officialMember(cell, "Người Giới Thiệu " + TestData.next())};
    }

    /** A row of the members' workbook: a man born in 1985 with a national id no other test uses. */
    private static List<Object> imported(String name, String cell, LocalDate decided, LocalDate ceremony) {
        String nationalId = String.format("001085%06d", NATIONAL_IDS.incrementAndGet() % 1_000_000);
        return row(name + " " + TestData.next(), LocalDate.of(1985, 3, 15), "Nam", nationalId, "Kinh", null, cell,
                decided, ceremony, null, null, null, null);
    }
}
