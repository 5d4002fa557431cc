package vn.ptdv.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.shared.table.Table;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;

/**
 * The statistical tables and the register of probationary members through the API, on a dataset
 * generated for each test: the tables close, every format reads back with the names and the
 * figures, an administrator's template is used for the next document, and every call is scoped
 * and audited.
 */
@IntegrationTest
class DocumentsApiTest {
    private static final LocalDate TODAY = MutableClock.today();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    private long member(String cell, String name, String gender, LocalDate born, LocalDate admitted, String extra)
            throws Exception {
        return Json.id(api.post(department, "/api/v1/members", """
                {"person": {"fullName": "%s", "birthDate": "%s", "gender": "%s", "ethnicity": "01", "religion": "NONE",
                            "residenceOrganizationCode": "%s", "youthUnionMember": true, "occupationCategory": "WORKER"},
                 "organizationCode": "%s", "admittedOn": "%s"%s}
                """.formatted(name, born, gender, cell, cell, admitted, extra)).andExpect(status().isCreated()));
    }

    private void move(long member, String type, LocalDate date, String target) throws Exception {
        String to = target == null ? "" : ", \"toOrganizationCode\": \"" + target + "\"";
        String outside = "TRANSFER_OUT".equals(type) ? ", \"toOutside\": \"Đảng bộ tỉnh Khác\"" : "";
        api.post(department, "/api/v1/members/" + member + "/movements", """
                {"type": "%s", "date": "%s"%s%s}
                """.formatted(type, date, to, outside)).andExpect(status().isOk());
    }

    /** Members admitted, registered and arrived over three years, some moved between cells and some gone. */
    private void generate(long seed, int count) throws Exception {
        Random random = new Random(seed);
        String[] cells = {tree.cellA1(), tree.cellA2(), tree.cellB1(), tree.cellB2(), tree.agencyCell()};
        String[] endings = {"DEATH", "REMOVAL", "EXPULSION", "LEAVE", "TRANSFER_OUT"};
        LocalDate first = TODAY.minusYears(3);
        for (int i = 0; i < count; i++) {
            String cell = cells[random.nextInt(cells.length)];
            LocalDate since = first.plusDays(random.nextInt(900));
            String extra = switch (random.nextInt(4)) {
                case 0 -> ", \"memberSince\": \"" + since + "\", \"arrivedFrom\": \"Đảng bộ tỉnh Bạn\"";
                case 1 -> ", \"memberSince\": \"" + since + "\"";
                default -> "";
            };
            LocalDate admitted = extra.isEmpty() ? since : LocalDate.of(2005, 1, 1).plusDays(random.nextInt(3000));
            long id = member(cell, "Đảng viên Thử Số " + i, random.nextBoolean() ? "MALE" : "FEMALE",
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)), admitted, extra);
            LocalDate last = since;
            if (random.nextBoolean()) {
                LocalDate day = last.plusDays(1 + random.nextInt(300));
                String target = cells[random.nextInt(cells.length)];
                if (day.isBefore(TODAY) && !target.equals(cell)) {
                    move(id, "TRANSFER", day, target);
                    last = day;
                }
            }
            if (random.nextInt(3) == 0) {
                LocalDate day = last.plusDays(1 + random.nextInt(300));
                if (!day.isAfter(TODAY)) {
                    move(id, endings[random.nextInt(endings.length)], day, null);
                }
            }
        }
    }

    private String statistics(String table, String organization, LocalDate from, LocalDate to) throws Exception {
        return api.get(department, "/api/v1/reports/statistics/{t}?organization={o}&from={f}&to={to}", table,
                organization, from, to).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static long figure(String json, String number, String column) {
        List<Number> values = JsonPath.read(json, "$.lines[?(@.number == '" + number + "')]." + column);
        return values.get(0).longValue();
    }

    private static long sumOfSubLines(String json, String number, String column) {
        List<Number> values = JsonPath.read(json, "$.lines[?(@.number =~ /" + number.replace(".", "\\.")
                + "\\.\\d+/)]." + column);
        return values.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void theIncreaseAndDecreaseTableClosesOnAGeneratedDataset() throws Exception {
        generate(20261116L, 40);
        LocalDate[][] periods = {{TODAY.minusYears(2).withDayOfYear(1), TODAY.minusYears(2).withDayOfYear(365)},
            {TODAY.minusMonths(20), TODAY},
            {TODAY.withDayOfYear(1), java.util.Collections.min(List.of(TODAY.withDayOfYear(1).plusMonths(6), TODAY))},
            {TODAY, TODAY}};
        String[] organizations = {tree.province(), tree.communeA(), tree.communeB(), tree.cellA1(), tree.bloc()};
        for (String organization : organizations) {
            for (LocalDate[] period : periods) {
                String changes = statistics("member-changes", organization, period[0], period[1]);
                for (String column : new String[] {"current", "previous"}) {
                    long start = figure(changes, "1", column);
                    long increased = figure(changes, "2", column);
                    long decreased = figure(changes, "3", column);
                    long end = figure(changes, "4", column);
                    assertThat(start + increased - decreased).as("%s %s %s", organization, period[0], column)
                            .isEqualTo(end);
                    assertThat(sumOfSubLines(changes, "2", column)).isEqualTo(increased);
                    assertThat(sumOfSubLines(changes, "3", column)).isEqualTo(decreased);
                }
                String members = statistics("members", organization, period[0], period[1]);
                assertThat(figure(members, "1", "current")).isEqualTo(figure(changes, "4", "current"));
                assertThat(figure(members, "1", "previous")).isEqualTo(figure(changes, "4", "previous"));
                assertThat(sumOfSubLines(members, "1", "current")).isEqualTo(figure(members, "1", "current"));
                String admitted = statistics("new-members", organization, period[0], period[1]);
                assertThat(figure(admitted, "1", "current")).isEqualTo(figure(changes, "2.1", "current"));
            }
        }
    }

    @Test
    void eachChangeLandsOnItsLineOnItsDay() throws Exception {
        LocalDate from = TODAY.withDayOfYear(1);
        long died = member(tree.cellA1(), "Hoàng Văn Tư", "MALE", LocalDate.of(1950, 3, 3), LocalDate.of(2000, 3, 3),
                "");
        long moved = member(tree.cellA1(), "Đặng Thị Năm", "FEMALE", LocalDate.of(1990, 3, 3),
                LocalDate.of(2015, 3, 3), "");
        member(tree.cellA2(), "Vũ Thị Sáu", "FEMALE", LocalDate.of(2002, 4, 4), from, "");
        move(died, "DEATH", from, null);
        move(moved, "TRANSFER", from.plusDays(10), tree.cellB1());

        String commune = statistics("member-changes", tree.communeA(), from, TODAY);
        assertThat(figure(commune, "1", "current")).isEqualTo(2);
        assertThat(figure(commune, "2.1", "current")).isEqualTo(1);
        assertThat(figure(commune, "3.1", "current")).isEqualTo(1);
        assertThat(figure(commune, "3.5", "current")).isEqualTo(1);
        assertThat(figure(commune, "4", "current")).isEqualTo(1);
        // Moving inside the province is no change for the province.
        String province = statistics("member-changes", tree.province(), from, TODAY);
        assertThat(figure(province, "2.2", "current")).isZero();
        assertThat(figure(province, "3.5", "current")).isZero();
        assertThat(figure(province, "4", "current")).isEqualTo(2);
        // The day before the death the member is still counted at the start of a period starting then.
        String dayBefore = statistics("member-changes", tree.communeA(), from.minusDays(1), from.minusDays(1));
        assertThat(figure(dayBefore, "4", "current")).isEqualTo(2);

        String admitted = statistics("new-members", tree.communeA(), from, TODAY);
        assertThat(figure(admitted, "1", "current")).isEqualTo(1);
        assertThat(figure(admitted, "2", "current")).isEqualTo(1);
        assertThat(figure(admitted, "5", "current")).as("Youth Union members").isEqualTo(1);
        api.get(department, "/api/v1/reports/statistics/new-members?organization={o}", tree.communeA())
                .andExpect(jsonPath("$.title").value("Báo cáo đảng viên mới kết nạp"))
                .andExpect(jsonPath("$.from").value(from.toString()))
                .andExpect(jsonPath("$.previousTo").value(TODAY.minusYears(1).toString()));
    }

    @Test
    void theTablesDownloadAsExcelPdfAndWordWithTheirTitleAndFigures() throws Exception {
        member(tree.cellB1(), "Lò Văn Mười", "MALE", LocalDate.of(1999, 9, 9), TODAY.withDayOfYear(2), "");
        String query = "/api/v1/reports/statistics/member-changes?organization={o}&from={f}&format={x}";

        byte[] xlsx = api.get(department, query, tree.communeB(), TODAY.withDayOfYear(1), "xlsx")
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        String sheet = DocumentFiles.sheetText(xlsx);
        assertThat(sheet).contains("BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Kết nạp", "Kỳ này",
                "Cùng kỳ năm trước");
        assertThat(sheet).contains("Đảng viên cuối kỳ\t1");

        byte[] pdf = api.get(department, query, tree.communeB(), TODAY.withDayOfYear(1), "pdf")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String pdfText = DocumentFiles.pdfText(pdf);
        assertThat(pdfText).contains("BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "ĐẢNG ỦY XÃ AN PHÚ", "Đảng viên cuối kỳ",
                "T/M ĐẢNG ỦY");

        byte[] docx = api.get(department, query, tree.communeB(), TODAY.withDayOfYear(1), "docx")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.docxText(docx)).contains("BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "Đảng viên cuối kỳ", "Chuyển đến");
        assertThat(DocumentFiles.docxFonts(docx)).contains("Times New Roman");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DOCUMENT_PRODUCED' AND entity_key = "
                + "'member-changes' AND username = :u").param("u", department).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void theRegisterOfProbationaryMembersListsTheAdmittedWithWhatBecameOfThem() throws Exception {
        long died = member(tree.cellA1(), "Nguyễn Thị Ánh", "FEMALE", LocalDate.of(1995, 1, 1),
                LocalDate.of(2024, 2, 3), "");
        member(tree.cellA2(), "Trần Quốc Bảo", "MALE", LocalDate.of(1998, 2, 2), LocalDate.of(2025, 5, 19),
                ", \"officialOn\": \"2026-05-19\"");
        move(died, "DEATH", LocalDate.of(2024, 8, 1), null);

        byte[] docx = api.get(department, "/api/v1/organizations/{c}/documents/18-KND?format=docx", tree.communeA())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = DocumentFiles.docxText(docx);
        assertThat(text).contains("SỔ ĐẢNG VIÊN DỰ BỊ", "Nguyễn Thị Ánh", "03/02/2024", "Từ trần ngày 01/08/2024",
                "Trần Quốc Bảo", "19/05/2025", "Chính thức ngày 19/05/2026");
        assertThat(text.indexOf("Nguyễn Thị Ánh")).isLessThan(text.indexOf("Trần Quốc Bảo"));

        byte[] pdf = api.get(department, "/api/v1/organizations/{c}/documents/18-KND?format=pdf", tree.communeA())
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentFiles.pdfText(pdf)).contains("SỔ ĐẢNG VIÊN DỰ BỊ", "Nguyễn Thị Ánh", "Trần Quốc Bảo",
                "Từ trần ngày 01/08/2024");

        api.get(department, "/api/v1/organizations/{c}/documents/18-KND?format=xlsx", tree.communeA())
                .andExpect(status().isBadRequest());
    }

    @Autowired
    TableDocuments tables;
    @Autowired
    vn.ptdv.organization.OrganizationDirectory organizations;

    @Test
    void anyReportsTableBecomesAPartyDocumentToSign() throws Exception {
        Table table = Table.builder("Tiến độ kết nạp đảng viên", "tien-do").caption("Nhiệm kỳ 2025–2030")
                .column(Table.Column.text("Tổ chức")).column(Table.Column.integer("Chỉ tiêu"))
                .column(Table.Column.percent("Tỉ lệ")).column(Table.Column.date("Kết nạp gần nhất"))
                .row("Chi bộ Thôn Đoài", 1200L, new BigDecimal("66.67"), LocalDate.of(2026, 5, 19))
                .row("Chi bộ Thôn Đông", 3L, null, null).build();
        long commune = organizations.findByCode(tree.communeA()).orElseThrow().id();
        byte[] pdf = SystemActor.call(() -> tables.pdf(table, commune));
        assertThat(DocumentFiles.pdfText(pdf)).contains("TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN", "ĐẢNG ỦY PHƯỜNG HÒA BÌNH",
                "Nhiệm kỳ 2025–2030", "Chi bộ Thôn Đoài", "1.200", "66,67 %", "19/05/2026", "Chi bộ Thôn Đông");
        byte[] docx = SystemActor.call(() -> tables.docx(table, commune));
        assertThat(DocumentFiles.docxText(docx)).contains("TIẾN ĐỘ KẾT NẠP ĐẢNG VIÊN", "Kết nạp gần nhất",
                "Chi bộ Thôn Đoài", "66,67 %");
        byte[] empty = SystemActor.call(() -> tables.pdf(Table.builder("Chi bộ nhiều năm không kết nạp", "x")
                .column(Table.Column.text("Chi bộ")).column(Table.Column.integer("Số năm")).build(), commune));
        assertThat(DocumentFiles.pdfText(empty)).contains("Không có dòng nào.");
    }

    @Test
    void aUserSeesOnlyTheOrganizationsOfTheirScope() throws Exception {
        String commune = fixtures.user(Role.ORG_DEPARTMENT, tree.communeA());
        api.get(commune, "/api/v1/reports/statistics/members?organization={o}", tree.communeB())
                .andExpect(status().isNotFound());
        api.get(commune, "/api/v1/organizations/{c}/documents/18-KND?format=pdf", tree.communeB())
                .andExpect(status().isNotFound());
        api.get(commune, "/api/v1/reports/statistics/members?organization={o}", tree.communeA())
                .andExpect(status().isOk());
        api.get(commune, "/api/v1/reports/statistics/unknown").andExpect(status().isNotFound());
        api.get(commune, "/api/v1/reports/statistics/members?from={f}&to={t}", TODAY, TODAY.minusDays(1))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void anAdministratorsChangedTemplateIsUsedForTheNextDocumentAndAnUnknownFieldIsRefused() throws Exception {
        String admin = fixtures.user(Role.ADMIN, null);
        byte[] current = mvc.perform(MockMvcRequestBuilders.get("/api/v1/document-templates/18-KND")
                .with(api.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        byte[] unknown = DocumentFiles.withLine(current, "Người lập biểu: {{preparedBy}}");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/document-templates/18-KND")
                        .file(new MockMultipartFile("file", "so-du-bi.docx", null, unknown))
                        .param("validFrom", TODAY.toString()).with(api.as(admin)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("preparedBy")));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/document-templates/18-KND")
                        .file(new MockMultipartFile("file", "ghi-chu.txt", null, "không phải Word".getBytes()))
                        .param("validFrom", TODAY.toString()).with(api.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/document-templates/18-KND")
                        .file(new MockMultipartFile("file", "so-du-bi.docx", null, current))
                        .param("validFrom", TODAY.toString()).with(api.as(department)))
                .andExpect(status().isForbidden());

        byte[] changed = DocumentFiles.withLine(current, "Tỉnh ủy Thử Nghiệm: lưu hành nội bộ — {{organizationName}}");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/document-templates/18-KND")
                        .file(new MockMultipartFile("file", "so-du-bi-tinh.docx", null, changed))
                        .param("validFrom", TODAY.toString()).with(api.as(admin)))
                .andExpect(status().isCreated());

        member(tree.cellB2(), "Phan Thị Mười Một", "FEMALE", LocalDate.of(2000, 1, 1), TODAY.minusMonths(2), "");
        String docx = DocumentFiles.docxText(api.get(department, "/api/v1/organizations/{c}/documents/18-KND?format=docx",
                tree.communeB()).andReturn().getResponse().getContentAsByteArray());
        assertThat(docx).contains("Tỉnh ủy Thử Nghiệm: lưu hành nội bộ — Đảng bộ xã An Phú", "Phan Thị Mười Một");
        String pdf = DocumentFiles.pdfText(api.get(department, "/api/v1/organizations/{c}/documents/18-KND?format=pdf",
                tree.communeB()).andReturn().getResponse().getContentAsByteArray());
        assertThat(pdf).contains("Tỉnh ủy Thử Nghiệm: lưu hành nội bộ", "Phan Thị Mười Một");
        api.get(admin, "/api/v1/document-templates").andExpect(jsonPath("$[?(@.code == '18-KND')].versions[0].fileName")
                .value(org.hamcrest.Matchers.hasItem("so-du-bi-tinh.docx")));
    }
}
