package vn.ptdv.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;
import vn.ptdv.calendar.VietnameseDates;

/**
 * Reads one worksheet's XML as it streams by, a row at a time: shared and inline strings, numbers
 * (whole numbers without ".0"), real dates as dd/MM/yyyy, booleans, and the value Excel cached for
 * each formula. A formula without a cached value, or an error value (#REF!, #N/A…), cannot be read
 * and refuses the file, naming the cell.
 */
final class SheetRowsHandler extends DefaultHandler {

    /** A cell whose value cannot be read. */
    static final class CellRefused extends RuntimeException {
        private final String messageKey;
        private final Object[] args;

        CellRefused(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] args() {
            return args;
        }
    }

    /** What the receiver of the rows threw: not the file's fault, passed on as it is. */
    static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException original) {
            super(original);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final SpreadsheetFile.RowHandler handler;

    private List<String> cells;
    private int rowNumber;
    private int nextColumn;
    private String cellRef;
    private String cellType;
    private String cellStyle;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineText;
    private final StringBuilder text = new StringBuilder();
    private String value;

    SheetRowsHandler(ReadOnlySharedStringsTable strings, StylesTable styles, SpreadsheetFile.RowHandler handler) {
        this.strings = strings;
        this.styles = styles;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                nextColumn = 0;
            }
            case "c" -> {
                cellRef = attributes.getValue("r");
                cellType = attributes.getValue("t");
                cellStyle = attributes.getValue("s");
                formula = false;
                value = null;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                inValue = true;
                text.setLength(0);
            }
            case "t" -> {
                if ("inlineStr".equals(cellType)) {
                    inInlineText = true;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> {
                inValue = false;
                value = text.toString();
            }
            case "t" -> {
                if (inInlineText) {
                    inInlineText = false;
                    value = (value == null ? "" : value) + text;
                    text.setLength(0);
                }
            }
            case "c" -> endCell();
            case "row" -> {
                try {
                    handler.row(rowNumber, cells);
                } catch (RuntimeException e) {
                    throw new HandlerFailure(e);
                }
                cells = null;
            }
            default -> {
            }
        }
    }

    private void endCell() {
        int column = cellRef == null ? nextColumn : new CellReference(cellRef).getCol();
        while (cells.size() < column) {
            cells.add(null);
        }
        String shown = cellRef == null ? CellReference.convertNumToColString(column) + rowNumber : cellRef;
        if (formula && value == null) {
            throw new CellRefused("import.file.formulaWithoutValue", shown);
        }
        cells.add(read(shown));
        nextColumn = column + 1;
    }

    private String read(String shown) {
        if (value == null) {
            return null;
        }
        String type = cellType == null ? "n" : cellType;
        return switch (type) {
            case "s" -> new XSSFRichTextString(strings.getItemAt(Integer.parseInt(value.strip())).getString())
                    .getString();
            case "inlineStr", "str" -> value;
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "e" -> throw new CellRefused("import.file.errorValue", shown, value);
            default -> number(value);
        };
    }

    private String number(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        double number = Double.parseDouble(raw);
        if (cellStyle != null && styles != null) {
            XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
            if (style != null && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                LocalDateTime date = DateUtil.getLocalDateTime(number, false);
                return VietnameseDates.format(date.toLocalDate());
            }
        }
        BigDecimal decimal = new BigDecimal(raw);
        try {
            return decimal.toBigIntegerExact().toString();
        } catch (ArithmeticException fraction) {
            return decimal.stripTrailingZeros().toPlainString();
        }
    }
}
