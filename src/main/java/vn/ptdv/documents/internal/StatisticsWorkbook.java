package vn.ptdv.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A statistical table as an Excel sheet in the official layout: the Party document's heading,
 * the title and the periods, then the table with its two-row merged header ("Số lượng" over
 * "Kỳ này" and "Cùng kỳ năm trước"), the row of column letters, and the lines — figures as
 * numbers, the ratio as a number with two decimals — so that the superior can add sheets up.
 */
final class StatisticsWorkbook {
    private static final String FONT = "Times New Roman";

    private StatisticsWorkbook() {
    }

    static byte[] write(StatisticsReport report, PartyHeading heading, String subtitle, String comparison,
            Function<StatisticsLine, String> label) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.table().code());
            int[] widths = {8, 52, 14, 16, 16};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Styles s = new Styles(workbook);
            text(sheet, 0, 0, 1, heading.superiorBody(), s.centre);
            text(sheet, 0, 2, 4, "ĐẢNG CỘNG SẢN VIỆT NAM", s.boldCentre);
            text(sheet, 1, 0, 1, heading.issuingBody(), s.boldCentre);
            text(sheet, 1, 2, 4, heading.place() + ", " + heading.dateLine(), s.italicCentre);
            text(sheet, 2, 0, 1, "Số " + heading.documentNumber().strip(), s.centre);
            text(sheet, 4, 0, 4, heading.title(), s.title);
            text(sheet, 5, 0, 4, subtitle, s.italicCentre);
            text(sheet, 6, 0, 4, comparison, s.italicCentre);
            int top = 8;
            text(sheet, top, 0, 0, "STT", s.header);
            text(sheet, top, 1, 1, "Chỉ tiêu", s.header);
            text(sheet, top, 2, 3, "Số lượng", s.header);
            text(sheet, top, 4, 4, "So với cùng kỳ năm trước (%)", s.header);
            text(sheet, top + 1, 2, 2, "Kỳ này", s.header);
            text(sheet, top + 1, 3, 3, "Cùng kỳ năm trước", s.header);
            for (int c : new int[] {0, 1, 4}) {
                cell(sheet, top + 1, c).setCellStyle(s.header);
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
            }
            cell(sheet, top, 3).setCellStyle(s.header);
            String[] letters = {"A", "B", "1", "2", "3"};
            for (int c = 0; c < letters.length; c++) {
                text(sheet, top + 2, c, c, letters[c], s.letters);
            }
            int r = top + 3;
            for (StatisticsLine line : report.lines()) {
                text(sheet, r, 0, 0, line.number(), line.sub() ? s.boxCentre : s.boldBoxCentre);
                text(sheet, r, 1, 1, label.apply(line), line.sub() ? s.indented : s.boldBox);
                number(sheet, r, 2, line.current(), s.number);
                number(sheet, r, 3, line.previous(), s.number);
                Cell ratio = cell(sheet, r, 4);
                ratio.setCellStyle(s.ratio);
                if (line.ratio() != null) {
                    ratio.setCellValue(line.ratio().doubleValue());
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    private static void text(Sheet sheet, int row, int first, int last, String text, CellStyle style) {
        Cell cell = cell(sheet, row, first);
        cell.setCellValue(DocxPdf.nfc(text));
        cell.setCellStyle(style);
        for (int c = first + 1; c <= last; c++) {
            cell(sheet, row, c).setCellStyle(style);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    private static void number(Sheet sheet, int row, int column, Long value, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static final class Styles {
        final CellStyle centre;
        final CellStyle boldCentre;
        final CellStyle italicCentre;
        final CellStyle title;
        final CellStyle header;
        final CellStyle letters;
        final CellStyle boxCentre;
        final CellStyle boldBoxCentre;
        final CellStyle boldBox;
        final CellStyle indented;
        final CellStyle number;
        final CellStyle ratio;

        Styles(Workbook workbook) {
            Font plain = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);
            Font italic = font(workbook, false, true, 12);
            centre = style(workbook, plain, HorizontalAlignment.CENTER, false);
            boldCentre = style(workbook, bold, HorizontalAlignment.CENTER, false);
            italicCentre = style(workbook, italic, HorizontalAlignment.CENTER, false);
            title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.CENTER, false);
            header = style(workbook, bold, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            letters = style(workbook, italic, HorizontalAlignment.CENTER, true);
            boxCentre = style(workbook, plain, HorizontalAlignment.CENTER, true);
            boldBoxCentre = style(workbook, bold, HorizontalAlignment.CENTER, true);
            boldBox = style(workbook, bold, HorizontalAlignment.LEFT, true);
            indented = style(workbook, plain, HorizontalAlignment.LEFT, true);
            indented.setIndention((short) 1);
            number = style(workbook, plain, HorizontalAlignment.RIGHT, true);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            ratio = style(workbook, plain, HorizontalAlignment.RIGHT, true);
            ratio.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, int size) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) size);
            return font;
        }

        private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean box) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (box) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
