package vn.ptdv.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as a user would fill them, for import tests: text, real dates, numbers, formulas. */
public final class Sheets {
    private Sheets() {
    }

    /** A workbook of one sheet; each row a list of cells (String, LocalDate, Number, or a Formula). */
    public static byte[] workbook(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof Formula f) {
                        cell.setCellFormula(f.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A formula as typed in a cell (saved without a computed value, as a program may write it). */
    public record Formula(String expression) {
    }

    public static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    /** Opens a downloaded workbook. */
    public static Workbook open(byte[] content) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the workbook's first sheet below its header row (the row whose first cell is {@code first}), as shown. */
    public static List<List<String>> rowsBelow(byte[] workbook, String first) {
        List<List<String>> rows = new ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter text = new org.apache.poi.ss.usermodel.DataFormatter();
        try (Workbook book = open(workbook)) {
            boolean below = false;
            for (Row row : book.getSheetAt(0)) {
                Cell cell = row.getCell(0);
                if (below) {
                    List<String> values = new ArrayList<>();
                    row.forEach(c -> values.add(text.formatCellValue(c)));
                    rows.add(values);
                } else if (cell != null && first.equals(text.formatCellValue(cell))) {
                    below = true;
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The body of a workbook download, after checking that it is one. */
    public static byte[] downloaded(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", vn.ptdv.exchange.Workbooks.MEDIA_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
