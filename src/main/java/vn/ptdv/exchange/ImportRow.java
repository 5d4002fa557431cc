package vn.ptdv.exchange;

import java.util.Map;

/**
 * One row of a file as read: the sheet and the row number the user sees in Excel (or the line of
 * a CSV file), and the text of each column by its field. Dates that were real Excel dates are
 * read as dd/MM/yyyy; numbers as plain digits; every value trimmed, empty cells absent.
 */
public record ImportRow(String sheet, int number, Map<String, String> values) {
    public ImportRow {
        values = Map.copyOf(values);
    }

    /** The text of the column of this field, or null when the cell is empty. */
    public String get(String field) {
        return values.get(field);
    }
}
