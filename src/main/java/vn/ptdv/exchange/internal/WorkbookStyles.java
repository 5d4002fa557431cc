package vn.ptdv.exchange.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles ptdv's workbooks use: a title, a header, dates, numbers, decimals, a refused cell. */
final class WorkbookStyles {
    final CellStyle title;
    final CellStyle caption;
    final CellStyle header;
    final CellStyle text;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle refused;
    final CellStyle refusedDate;

    WorkbookStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        caption = workbook.createCellStyle();
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        refused = workbook.createCellStyle();
        refused.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        refused.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        refused.setBorderBottom(BorderStyle.THIN);
        refused.setBorderTop(BorderStyle.THIN);
        refused.setBorderLeft(BorderStyle.THIN);
        refused.setBorderRight(BorderStyle.THIN);
        refused.setBottomBorderColor(IndexedColors.RED.getIndex());
        refused.setTopBorderColor(IndexedColors.RED.getIndex());
        refused.setLeftBorderColor(IndexedColors.RED.getIndex());
        refused.setRightBorderColor(IndexedColors.RED.getIndex());
        refusedDate = workbook.createCellStyle();
        refusedDate.cloneStyleFrom(refused);
    }
}
