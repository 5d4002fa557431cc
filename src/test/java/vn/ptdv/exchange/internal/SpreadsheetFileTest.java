package vn.ptdv.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.exchange.Workbooks;
import vn.ptdv.shared.table.Table;
import vn.ptdv.support.Sheets;

/** What a file reads as, cell by cell, before any rule: the parser of imports, without Spring. */
class SpreadsheetFileTest {

    private static List<List<String>> rows(byte[] content, String fileName, String sheet) {
        List<List<String>> rows = new ArrayList<>();
        SpreadsheetFile.of(content, fileName).read(sheet, new SpreadsheetFile.RowHandler() {
            @Override
            public void sheet(String name) {
            }

            @Override
            public void row(int number, List<String> cells) {
                rows.add(new ArrayList<>(cells));
            }
        });
        return rows;
    }

    @Test
    void realDatesReadAsDayMonthYearAndWholeNumbersWithoutDecimals() {
        byte[] workbook = Sheets.workbook("Đảng viên", List.of(Sheets.row("Ngày", "Số", "Chữ"),
                Sheets.row(LocalDate.of(2024, 2, 29), 12, "Nguyễn Văn An"), Sheets.row(null, 1.5, "  có dấu  ")));
        assertThat(rows(workbook, "a.xlsx", "Đảng viên")).containsExactly(List.of("Ngày", "Số", "Chữ"),
                List.of("29/02/2024", "12", "Nguyễn Văn An"), java.util.Arrays.asList(null, "1.5", "  có dấu  "));
    }

    @Test
    void aWorkbookWrittenByAnExportReadsBackAsItsTable() {
        Table table = Table.builder("Danh sách", "Đảng viên").caption("Tổ chức: X")
                .column(Table.Column.text("Họ và tên")).column(Table.Column.date("Ngày"))
                .column(Table.Column.integer("Số")).column(Table.Column.decimal("Tỷ lệ"))
                .row("Lê Thị Bình", LocalDate.of(2025, 7, 1), 7L, new BigDecimal("77.78")).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(table, out);
        List<List<String>> rows = rows(out.toByteArray(), "xuat.xlsx", "Đảng viên");
        assertThat(rows).contains(List.of("Họ và tên", "Ngày", "Số", "Tỷ lệ"),
                List.of("Lê Thị Bình", "01/07/2025", "7", "77.78"));
    }

    @Test
    void aCsvFileWithTheBomReadsItsCellsTrimmed() {
        byte[] csv = "\uFEFFa;b\n\"x; y\";2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(rows(csv, "a.csv", "")).containsExactly(List.of("a", "b"), List.of("x; y", "2"));
    }

    @Test
    void aBinaryFileNamedCsvIsNotASpreadsheet() {
        assertThatThrownBy(() -> SpreadsheetFile.of(new byte[] {1, 0, 2, 3}, "a.csv"))
                .isInstanceOf(FileRefused.class).hasMessageContaining("import.file.notSpreadsheet");
    }
}
