package vn.ptdv.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.documents.DocumentFiles;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/**
 * The report pages' "Xuất Excel" writes what the page shows: progress by organization with the
 * total, the ranking, the stagnant cells, from the page and from the API, only in the caller's scope.
 */
@IntegrationTest
class ReportExportsTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    String term;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        today = MutableClock.today();
        term = "XK" + tree.prefix() + SEQUENCE.incrementAndGet();
        api.post(department, "/api/v1/terms", """
                {"code": "%s", "name": "Nhiệm kỳ xuất", "startDate": "%s", "endDate": "%s"}
                """.formatted(term, today.minusYears(1), today.plusYears(4))).andExpect(status().isCreated());
        for (var target : List.of(List.of(tree.communeA(), 4), List.of(tree.cellA1(), 2), List.of(tree.cellA2(), 2))) {
            api.put(department, "/api/v1/targets", """
                    {"organizationCode": "%s", "termCode": "%s", "admissions": "%d"}
                    """.formatted(target.get(0), term, target.get(1))).andExpect(status().isOk());
        }
        api.post(department, "/api/v1/members", """
                {"person": {"fullName": "Đảng viên Xuất %d", "birthDate": "1995-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "%s"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.cellA1(), tree.cellA1(), today.minusMonths(2)))
                .andExpect(status().isCreated());
    }

    @Test
    void theProgressExportListsEachCellWithItsTargetAdmissionsAndPercentThenTheTotal() throws Exception {
        String ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        assertThat(api.get(ward, "/reports/progress?organization={o}&term={t}", tree.communeA(), term)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Xuất Excel");
        List<List<String>> lines = Sheets.rowsBelow(Sheets.downloaded(api.get(ward,
                "/reports/progress?organization={o}&term={t}&format=xlsx", tree.communeA(), term)), "Tổ chức");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(lines.get(0).get(0), tree.cellA1(), "2", "1", "50.00%");
        assertThat(lines.get(1)).startsWith(lines.get(1).get(0), tree.cellA2(), "2", "0", "0.00%");
        assertThat(lines.get(2).get(0)).startsWith("Cộng: ");
        assertThat(lines.get(2)).contains(tree.communeA(), "4", "1", "25.00%");

        List<List<String>> api1 = Sheets.rowsBelow(Sheets.downloaded(api.get(department,
                "/api/v1/reports/progress?organization={o}&term={t}&format=xlsx", tree.communeA(), term)), "Tổ chức");
        assertThat(api1).isEqualTo(lines);
    }

    @Test
    void theRankingAndTheStagnantCellsAreExportedAsThePageShowsThem() throws Exception {
        List<List<String>> ranking = Sheets.rowsBelow(Sheets.downloaded(api.get(department,
                "/reports/ranking?organization={o}&term={t}&format=xlsx", tree.communeA(), term)), "Hạng");
        assertThat(ranking).extracting(r -> r.get(2)).containsExactly(tree.cellA1(), tree.cellA2());
        assertThat(ranking.get(0).get(0)).isEqualTo("1");

        List<List<String>> stagnant = Sheets.rowsBelow(Sheets.downloaded(api.get(department,
                "/reports/stagnant-cells?organization={o}&years=1&format=xlsx", tree.communeA())), "Chi bộ");
        assertThat(stagnant).extracting(r -> r.get(1)).containsExactly(tree.cellA2());
        assertThat(Sheets.rowsBelow(Sheets.downloaded(api.get(department,
                "/api/v1/reports/stagnant-cells?organization={o}&years=1&format=xlsx", tree.communeA())), "Chi bộ"))
                .isEqualTo(stagnant);
    }

    @Test
    void aReportIsAPartyDocumentToSignAsPdfOrToEditAsWord() throws Exception {
        String ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        String page = api.get(ward, "/reports/stagnant-cells?organization={o}&years=1", tree.communeA())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tải PDF để ký", "Tải Word", "format=pdf", "format=docx");

        byte[] pdf = api.get(ward, "/reports/stagnant-cells?organization={o}&years=1&format=pdf", tree.communeA())
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.pdfText(pdf)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ NHIỀU NĂM",
                tree.cellA2());
        byte[] docx = api.get(department, "/api/v1/reports/progress?organization={o}&term={t}&format=docx",
                tree.communeA(), term).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.docxText(docx)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", tree.cellA1(), "50,00 %");
    }

    @Test
    void theTargetsExportIsATargetsImportThatChangesNothing() throws Exception {
        byte[] exported = Sheets.downloaded(api.get(department, "/planning/targets?organization={o}&term={t}&format=xlsx",
                tree.communeA(), term));
        List<List<String>> lines = Sheets.rowsBelow(exported, "Mã tổ chức");
        assertThat(lines).extracting(r -> r.get(0)).containsExactly(tree.communeA(), tree.cellA1(), tree.cellA2());
        assertThat(lines.get(0)).contains(term, "4");
        api.upload(department, "/api/v1/imports/targets", "chi-tieu.xlsx", exported).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(0)).andExpect(jsonPath("$.stored.updated").value(0));
    }

    @Test
    void theMemberCountsExportListsEachOrganizationUnderItTheTotalAndTheBreakdowns() throws Exception {
        List<List<String>> lines = Sheets.rowsBelow(Sheets.downloaded(api.get(department,
                "/reports/membership?organization={o}&format=xlsx", tree.communeA())), "Tên tổ chức");
        assertThat(lines).filteredOn(r -> r.size() > 1 && tree.cellA1().equals(r.get(1))).singleElement()
                .satisfies(r -> assertThat(r.get(2)).isEqualTo("1"));
        assertThat(lines).filteredOn(r -> r.get(0).startsWith("Cộng: ")).singleElement()
                .satisfies(r -> assertThat(r.get(2)).isEqualTo("1"));
        assertThat(lines).extracting(r -> r.get(0)).contains("Nam", "Nữ", "Dân tộc thiểu số");
    }

    @Test
    void aFormatThatDoesNotExistIsRefusedNamingTheOnesThatDo() throws Exception {
        api.get(department, "/api/v1/reports/progress?organization={o}&term={t}&format=csv", tree.communeA(), term)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("xlsx, pdf, docx")));
        api.get(department, "/api/v1/reports/progress?organization={o}&term={t}&format=json", tree.communeA(), term)
                .andExpect(status().isOk()).andExpect(jsonPath("$.target").value(4));
    }

    @Test
    void anotherCommunesReportsAreNotExported() throws Exception {
        String other = fixtures.user(Role.COMMITTEE, tree.communeB());
        for (String url : List.of("/reports/progress?organization={o}&format=xlsx",
                "/reports/stagnant-cells?organization={o}&format=xlsx",
                "/api/v1/reports/ranking?organization={o}&format=xlsx",
                "/api/v1/reports/assignment-duty?organization={o}&format=xlsx",
                "/reports/progress?organization={o}&format=pdf", "/api/v1/reports/stagnant-cells?organization={o}&format=docx")) {
            assertThat(api.get(other, url, tree.communeA()).andReturn().getResponse().getStatus()).as(url)
                    .isIn(403, 404);
        }
    }
}
