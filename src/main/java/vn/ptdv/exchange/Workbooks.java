package vn.ptdv.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.ptdv.shared.table.Table;

/**
 * Writes a page's table as an .xlsx workbook, row by row (a long list never sits whole in
 * memory): the title and the lines that say what was asked above it, a frozen header row, dates
 * as dates, numbers as numbers, the sheet named in Vietnamese.
 */
public final class Workbooks {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
    public static String sheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name, '-');
    }

    /** A file name for the download: the title's letters and digits, ".xlsx". */
    public static String fileName(String title) {
        return fileName(title, "xlsx");
    }

    /** A file name from a title, in ASCII, with the extension. */
    public static String fileName(String title, String extension) {
        String base = java.text.Normalizer.normalize(title == null ? "ptdv" : title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return (base.isEmpty() ? "ptdv" : base) + "." + extension;
    }

    public static void write(Table table, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(big);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));

            SXSSFSheet sheet = workbook.createSheet(sheetName(table.sheetName()));
            int r = 0;
            cell(sheet.createRow(r++), 0, table.title(), title);
            for (String caption : table.captions()) {
                cell(sheet.createRow(r++), 0, caption, null);
            }
            r++;
            int headerRow = r;
            Row headers = sheet.createRow(r++);
            List<Table.Column> columns = table.columns();
            for (int c = 0; c < columns.size(); c++) {
                cell(headers, c, columns.get(c).header(), header);
            }
            sheet.createFreezePane(0, headerRow + 1);
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (columns.get(c).kind()) {
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(date);
                        }
                        case INTEGER -> {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(integer);
                        }
                        case DECIMAL, PERCENT -> {
                            BigDecimal number = value instanceof BigDecimal big2 ? big2 : new BigDecimal(value.toString());
                            // A percent cell holds the fraction (77.78 % is 0.7778), as Excel computes with it.
                            cell.setCellValue(columns.get(c).kind() == Table.Kind.PERCENT
                                    ? number.movePointLeft(2).doubleValue() : number.doubleValue());
                            cell.setCellStyle(columns.get(c).kind() == Table.Kind.PERCENT ? percent : decimal);
                        }
                        default -> cell.setCellValue(value.toString());
                    }
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, columns.get(c).header().length() + 4)) * 256);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
