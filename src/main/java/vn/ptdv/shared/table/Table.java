package vn.ptdv.shared.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a list or report page shows, independent of its format: a title, the lines that say what
 * was asked (the organization, the filters, the date), the columns with their kind, and the rows.
 * The page renders it as HTML; an export writes the same table as a workbook (dates as dates,
 * numbers as numbers) or a PDF, so that every format shows exactly what the page shows.
 */
public record Table(String title, String sheetName, List<String> captions, List<Column> columns, List<List<Object>> rows) {

    public Table {
        captions = List.copyOf(captions);
        columns = List.copyOf(columns);
        // Cells may be empty (null), which List.copyOf refuses.
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns");
            }
        }
    }

    /** How a column's values are written: text, whole numbers, decimals (two places), percents, dates. */
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        PERCENT,
        DATE
    }

    public record Column(String header, Kind kind) {
        public static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        public static Column integer(String header) {
            return new Column(header, Kind.INTEGER);
        }

        public static Column decimal(String header) {
            return new Column(header, Kind.DECIMAL);
        }

        public static Column percent(String header) {
            return new Column(header, Kind.PERCENT);
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE);
        }

        /** Whether the value fits the column (null fits every column: an empty cell). */
        public boolean accepts(Object value) {
            return value == null || switch (kind) {
                case TEXT -> value instanceof String;
                case INTEGER -> value instanceof Integer || value instanceof Long;
                case DECIMAL, PERCENT -> value instanceof BigDecimal || value instanceof Number;
                case DATE -> value instanceof LocalDate;
            };
        }
    }

    /** Builds a table row by row, checking each value against its column. */
    public static Builder builder(String title, String sheetName) {
        return new Builder(title, sheetName);
    }

    public static final class Builder {
        private final String title;
        private final String sheetName;
        private final List<String> captions = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String title, String sheetName) {
            this.title = title;
            this.sheetName = sheetName;
        }

        public Builder caption(String line) {
            captions.add(line);
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + values.length + " cells in a table of "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                if (!columns.get(i).accepts(values[i])) {
                    throw new IllegalArgumentException("column " + columns.get(i).header() + " takes "
                            + columns.get(i).kind() + ", not " + values[i].getClass().getSimpleName());
                }
            }
            rows.add(Arrays.asList(values));
            return this;
        }

        public Table build() {
            return new Table(title, sheetName, captions, columns, rows);
        }
    }
}
