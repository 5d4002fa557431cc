package vn.ptdv.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.Workbooks;

/** The workbooks of imports: the template of a kind, and the user's rows back with the refused cells marked. */
final class ImportWorkbooks {
    static final int TEMPLATE_ROWS = 5_000;
    private static final String LISTS_SHEET = "Danh mục";

    private ImportWorkbooks() {
    }

    /**
     * The template: the kind's sheet with its headers (required ones marked "(*)", each with its
     * explanation as a note) and a drop-down list on every coded column; an explanation sheet; an
     * example sheet with one filled row; the lists of coded values on a hidden sheet.
     */
    static byte[] template(ImportKind kind, String requiredMark, String explanationSheet, String exampleSheet,
            List<String> explanationHeaders) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<ImportColumn> columns = kind.columns();
            Sheet data = workbook.createSheet(Workbooks.sheetName(kind.sheetName()));
            Sheet help = workbook.createSheet(Workbooks.sheetName(explanationSheet));
            Sheet example = workbook.createSheet(Workbooks.sheetName(exampleSheet));
            Sheet lists = workbook.createSheet(LISTS_SHEET);
            headers(data, columns, requiredMark, styles);
            headers(example, columns, requiredMark, styles);
            Row exampleRow = example.createRow(1);
            CreationHelper helper = workbook.getCreationHelper();
            Drawing<?> drawing = data.createDrawingPatriarch();
            DataValidationHelper validations = data.getDataValidationHelper();
            int listColumn = 0;
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn column = columns.get(c);
                exampleRow.createCell(c).setCellValue(column.example() == null ? "" : column.example());
                Comment note = drawing.createCellComment(anchor(helper, c, 0));
                note.setString(helper.createRichTextString(column.explanation()));
                data.getRow(0).getCell(c).setCellComment(note);
                data.setColumnWidth(c, Math.max(14, Math.min(40, column.header().length() + 6)) * 256);
                example.setColumnWidth(c, Math.max(14, Math.min(40, column.header().length() + 6)) * 256);
                if (!column.choices().isEmpty()) {
                    for (int i = 0; i < column.choices().size(); i++) {
                        Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                        row.createCell(listColumn).setCellValue(column.choices().get(i).name());
                    }
                    String letter = CellReference.convertNumToColString(listColumn);
                    Name name = workbook.createName();
                    name.setNameName("DS_" + c);
                    name.setRefersToFormula("'" + LISTS_SHEET + "'!$" + letter + "$1:$" + letter + "$"
                            + column.choices().size());
                    DataValidationConstraint constraint = validations.createFormulaListConstraint("DS_" + c);
                    DataValidation validation = validations.createValidation(constraint,
                            new CellRangeAddressList(1, TEMPLATE_ROWS, c, c));
                    validation.setShowErrorBox(false);
                    data.addValidationData(validation);
                    listColumn++;
                }
            }
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            data.createFreezePane(0, 1);

            Row top = help.createRow(0);
            cell(top, 0, kind.title(), styles.title);
            cell(help.createRow(1), 0, kind.explanation(), null);
            Row header = help.createRow(3);
            for (int i = 0; i < explanationHeaders.size(); i++) {
                cell(header, i, explanationHeaders.get(i), styles.header);
            }
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn column = columns.get(c);
                Row row = help.createRow(4 + c);
                cell(row, 0, column.header(), null);
                cell(row, 1, column.required() ? "x" : "", null);
                cell(row, 2, column.explanation(), null);
                cell(row, 3, column.choices().isEmpty() ? ""
                        : String.join("; ", column.choices().stream().map(ImportColumn.Choice::name).toList()), null);
                cell(row, 4, column.example() == null ? "" : column.example(), null);
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 80 * 256);
            help.setColumnWidth(3, 50 * 256);
            help.setColumnWidth(4, 25 * 256);
            workbook.setActiveSheet(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headers(Sheet sheet, List<ImportColumn> columns, String requiredMark, WorkbookStyles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            ImportColumn column = columns.get(c);
            cell(row, c, column.header() + (column.required() ? " " + requiredMark : ""), styles.header);
        }
    }

    private static ClientAnchor anchor(CreationHelper helper, int column, int row) {
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 4);
        anchor.setRow1(row);
        anchor.setRow2(row + 4);
        return anchor;
    }

    private static void cell(Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * The user's rows as read, in a workbook of the same sheet name, each refused cell filled red
     * with the reason as its note, and a sheet listing every problem.
     */
    static byte[] errors(SpreadsheetFile file, String sheet, List<ImportRun.Problem> problems, String problemsSheet,
            List<String> problemHeaders) {
        Map<Long, ImportRun.Problem> byCell = new HashMap<>();
        Map<Integer, ImportRun.Problem> byRow = new HashMap<>();
        for (ImportRun.Problem p : problems) {
            if (!p.columnLetter().isEmpty()) {
                byCell.putIfAbsent(key(p.row(), CellReference.convertColStringToIndex(p.columnLetter())), p);
            } else {
                byRow.putIfAbsent(p.row(), p);
            }
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            Sheet copy = workbook.createSheet(Workbooks.sheetName(sheet.isEmpty() ? "Dữ liệu" : sheet));
            CreationHelper helper = workbook.getCreationHelper();
            Drawing<?> drawing = copy.createDrawingPatriarch();
            file.read(sheet, new SpreadsheetFile.RowHandler() {
                @Override
                public void sheet(String name) {
                }

                @Override
                public void row(int number, List<String> cells) {
                    Row row = copy.createRow(number - 1);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        ImportRun.Problem problem = byCell.get(key(number, c));
                        if (value == null && problem == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        cell.setCellValue(value == null ? "" : value);
                        if (problem != null) {
                            mark(cell, problem, helper, drawing, styles);
                        }
                    }
                    byCell.forEach((k, problem) -> {
                        if (problem.row() == number) {
                            int c = (int) (k % 100_000);
                            if (c >= cells.size()) {
                                mark(row.createCell(c), problem, helper, drawing, styles);
                            }
                        }
                    });
                    ImportRun.Problem whole = byRow.get(number);
                    if (whole != null && row.getCell(0) != null) {
                        mark(row.getCell(0), whole, helper, drawing, styles);
                    }
                }
            });
            Sheet list = workbook.createSheet(Workbooks.sheetName(problemsSheet));
            Row header = list.createRow(0);
            for (int i = 0; i < problemHeaders.size(); i++) {
                cell(header, i, problemHeaders.get(i), styles.header);
            }
            int r = 1;
            for (ImportRun.Problem p : problems) {
                Row row = list.createRow(r++);
                cell(row, 0, p.sheet(), null);
                row.createCell(1).setCellValue(p.row());
                cell(row, 2, p.columnLetter().isEmpty() ? p.column() : p.column() + " (" + p.columnLetter() + ")", null);
                cell(row, 3, p.value() == null ? "" : p.value(), null);
                cell(row, 4, p.message(), null);
            }
            list.setColumnWidth(2, 30 * 256);
            list.setColumnWidth(3, 30 * 256);
            list.setColumnWidth(4, 90 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void mark(Cell cell, ImportRun.Problem problem, CreationHelper helper, Drawing<?> drawing,
            WorkbookStyles styles) {
        cell.setCellStyle(styles.refused);
        Comment note = drawing.createCellComment(anchor(helper, cell.getColumnIndex(), cell.getRowIndex()));
        note.setString(helper.createRichTextString(problem.message()));
        cell.setCellComment(note);
    }

    private static long key(int row, int column) {
        return row * 100_000L + column;
    }
}
