package vn.ptdv.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ptdv.support.Sheets.row;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
import vn.ptdv.support.Sheets;

/** An organization brings its members in from a workbook: checked whole, stored all or nothing, once. */
@IntegrationTest
class MemberImportTest {
    static final List<Object> HEADERS = row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Dân tộc", "Tôn giáo",
            "Mã chi bộ", "Ngày quyết định kết nạp", "Ngày lễ kết nạp", "Ngày chính thức", "Số thẻ đảng viên",
            "Thôi sinh hoạt vì", "Ngày thôi sinh hoạt");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    LocalDate today;
    static int sequence = (int) (System.nanoTime() % 400_000);

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.communeA());
        today = MutableClock.today();
    }

    /** A CCCD no other test uses: male born in the 1900s (4th digit 0) in 1990. */
    static synchronized String nationalId() {
        sequence++;
        return String.format("0790%02d%06d", 90, sequence % 1_000_000);
    }

    List<Object> member(String name, String id, String cell, LocalDate decided, LocalDate ceremony) {
        return row(name, LocalDate.of(1990, 3, 15), "Nam", id, "Kinh", null, cell, decided, ceremony, null, null, null,
                null);
    }

    ResultActions upload(String fileName, byte[] content) throws Exception {
        return api.upload(department, "/api/v1/imports/members", fileName, content);
    }

    int membersOf(String organization) throws Exception {
        return Json.read(api.get(department, "/api/v1/reports/membership?organization={o}&date={d}", organization,
                today.toString()).andExpect(status().isOk()), "$.total");
    }

    @Test
    void importingTheSameWorkbookTwiceStoresItsMembersOnce() throws Exception {
        LocalDate decided = today.minusYears(3);
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(HEADERS,
                member("Trần Văn Một", nationalId(), tree.cellA1(), decided, decided.plusDays(20)),
                member("Lê Thị Hai", nationalId(), tree.cellA1(), decided, null),
                member("Phạm Văn Ba", nationalId(), tree.cellA2(), null, decided.plusDays(30))));

        upload("dang-vien.xlsx", workbook).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.stored.created").value(3)).andExpect(jsonPath("$.stored.unchanged").value(0));
        upload("dang-vien.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(0)).andExpect(jsonPath("$.stored.unchanged").value(3));

        assertThat(membersOf(tree.communeA())).isEqualTo(3);
    }

    @Test
    void theExportedMembersListIsAnImportThatChangesNothing() throws Exception {
        LocalDate decided = today.minusYears(4);
        upload("dau.xlsx", Sheets.workbook("Đảng viên", List.of(HEADERS,
                member("Vũ Văn Xuất", nationalId(), tree.cellA1(), decided, decided.plusDays(10)),
                member("Hồ Thị Nhập", nationalId(), tree.cellA2(), decided.plusDays(1), null))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored.created").value(2));

        byte[] exported = api.get(department, "/api/v1/members?organization={o}&format=xlsx", tree.communeA())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = Sheets.open(exported)) {
            Sheet sheet = workbook.getSheet("Đảng viên");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Đảng viên của");
            int header = 0;
            while (!"Họ và tên".equals(sheet.getRow(header) == null || sheet.getRow(header).getCell(0) == null ? null
                    : sheet.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(header + 1);
            int decidedColumn = 0;
            while (!"Ngày quyết định kết nạp".equals(sheet.getRow(header).getCell(decidedColumn).getStringCellValue())) {
                decidedColumn++;
            }
            Cell decidedCell = sheet.getRow(header + 1).getCell(decidedColumn);
            assertThat(decidedCell.getLocalDateTimeCellValue().toLocalDate()).isIn(decided, decided.plusDays(1));
        }
        byte[] byAccept = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/api/v1/members?organization={o}", tree.communeA()).with(api.as(department))
                .accept(Workbooks.MEDIA_TYPE)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(byAccept).isNotEmpty();

        upload("xuat.xlsx", exported).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(0)).andExpect(jsonPath("$.stored.updated").value(0))
                .andExpect(jsonPath("$.stored.unchanged").value(2));
        assertThat(membersOf(tree.communeA())).isEqualTo(2);
    }

    @Test
    void aCheckOnlyImportStoresNothing() throws Exception {
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(HEADERS,
                member("Trần Văn Kiểm", nationalId(), tree.cellA1(), today.minusYears(2), null)));

        api.upload(department, "/api/v1/imports/members?dryRun=true", "a.xlsx", workbook).andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true)).andExpect(jsonPath("$.stored").doesNotExist());
        assertThat(membersOf(tree.communeA())).isZero();
    }

    @Test
    void oneBadRowAmongAThousandStoresNothingNamesTheRowAndIsMarkedInTheReturnedWorkbook() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (int i = 0; i < 1000; i++) {
            LocalDate decided = today.minusYears(5).plusDays(i);
            rows.add(member("Người Thứ " + i, nationalId(), i % 2 == 0 ? tree.cellA1() : tree.cellA2(), decided,
                    null));
        }
        // Row 502 of the sheet: admitted before their eighteenth birthday.
        rows.set(501, member("Nguyễn Văn Trẻ", nationalId(), tree.cellA1(), LocalDate.of(2007, 1, 1), null));
        byte[] workbook = Sheets.workbook("Đảng viên", rows);

        upload("lon.xlsx", workbook).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problemCount").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(502))
                .andExpect(jsonPath("$.errors[0].column").value("Ngày quyết định kết nạp"))
                .andExpect(jsonPath("$.errors[0].cell").value("H502"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("18 tuổi")));
        assertThat(membersOf(tree.communeA())).isZero();

        byte[] marked = api.upload(department, "/api/v1/imports/members/errors", "lon.xlsx", workbook)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook returned = Sheets.open(marked)) {
            Sheet sheet = returned.getSheet("Đảng viên");
            Cell bad = sheet.getRow(501).getCell(7);
            assertThat(bad.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCellComment().getString().getString()).contains("18 tuổi");
            assertThat(sheet.getRow(500).getCell(7).getCellComment()).isNull();
            assertThat(returned.getSheet("Danh sách lỗi").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(502);
        }
    }

    @Test
    void aCellOutsideTheUsersScopeIsARowErrorAndNothingIsStored() throws Exception {
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(HEADERS,
                member("Trong Phạm Vi", nationalId(), tree.cellA1(), today.minusYears(2), null),
                member("Ngoài Phạm Vi", nationalId(), tree.cellB1(), today.minusYears(2), null)));

        upload("a.xlsx", workbook).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("Mã chi bộ"));
        assertThat(membersOf(tree.communeA())).isZero();
    }

    @Test
    void aCsvFileWithTheBomAndSemicolonsIsReadAsExcelWritesIt() throws Exception {
        String csv = "\uFEFFHọ và tên;Ngày sinh;Giới tính;Số CCCD;Dân tộc;Mã chi bộ;Ngày lễ kết nạp\n"
                + "Đỗ Thị Csv;20/10/1992;Nữ;" + nationalId().replace("0790", "0791") + ";tày;" + tree.cellA1() + ";"
                + today.minusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\n";
        upload("dang-vien.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(1));
    }

    @Test
    void codedColumnsTakeANameOrACodeAndRefuseOthersWithTheList() throws Exception {
        List<Object> bad = member("Hà Văn Mã", nationalId(), tree.cellA1(), today.minusYears(2), null);
        bad.set(4, "Sao Hỏa");
        upload("a.xlsx", Sheets.workbook("Đảng viên", List.of(HEADERS, bad)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].column").value("Dân tộc"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Tày")));
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefusedWithTheirReason() throws Exception {
        expectRefused("bao-cao.xlsx", "%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII),
                "không phải tệp Excel");
        expectRefused("trong.xlsx", new byte[0], "tệp rỗng");
        expectRefused("macro.xlsx", zip("xl/workbook.xml", "<workbook/>", "xl/vbaProject.bin", "x"), "macro");
        expectRefused("hong.xlsx", zip("xl/workbook.xml", "<workbook/>"), "bị hỏng");
        expectRefused("bom.xlsx", zipBomb(), "nén bất thường");
        expectRefused("lon.csv", new byte[20 * 1024 * 1024 + 1], "lớn hơn 20 MB");
        expectRefused("khac.xlsx", Sheets.workbook("Trang 1", List.of(row("Cột lạ"), row("giá trị"))),
                "thiếu cột bắt buộc");
        expectRefused("chi-tieu-de.xlsx", Sheets.workbook("Đảng viên", List.of(HEADERS)),
                "không có dòng dữ liệu");
        List<Object> formula = member("Công Thức", nationalId(), tree.cellA1(), null, null);
        formula.set(7, new Sheets.Formula("TODAY()-1000"));
        expectRefused("cong-thuc.xlsx", Sheets.workbook("Đảng viên", List.of(HEADERS, formula)),
                "ô H2 có công thức chưa được tính");
        assertThat(membersOf(tree.communeA())).isZero();
    }

    void expectRefused(String fileName, byte[] content, String reason) throws Exception {
        upload(fileName, content).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(reason)));
    }

    @Test
    void theTemplateHasTheHeadersAnExplanationAndDropDownLists() throws Exception {
        byte[] template = api.get(department, "/api/v1/imports/members/template").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = Sheets.open(template)) {
            Sheet data = workbook.getSheet("Đảng viên");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên (*)");
            assertThat(data.getDataValidations()).isNotEmpty();
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
            assertThat(workbook.getSheet("Ví dụ").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn An");
        }
    }

    @Test
    void aViewerImportsNothing() throws Exception {
        String viewer = fixtures.user(Role.VIEWER, tree.communeA());
        api.upload(viewer, "/api/v1/imports/members", "a.xlsx", Sheets.workbook("Đảng viên", List.of(HEADERS,
                member("Chỉ Xem", nationalId(), tree.cellA1(), today.minusYears(1), null))))
                .andExpect(status().isForbidden());
    }

    static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A real workbook whose sheet inflates a thousand times its compressed size. */
    static byte[] zipBomb() throws Exception {
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(HEADERS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.replace("</worksheet>", "<!--" + " ".repeat(50_000_000) + "--></worksheet>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
