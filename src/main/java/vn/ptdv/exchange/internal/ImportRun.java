package vn.ptdv.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import vn.ptdv.exchange.ImportBatch;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.exchange.RowProblems;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.SearchText;

/**
 * One import of one file, start to end: find the sheet and its header row, read every row into
 * the kind's batch (coded cells by code or by name), check the whole file, and store it only when
 * nothing is wrong. The problems name the sheet, row, column, value and reason, as a user finds
 * them in their workbook.
 */
final class ImportRun {
    /** Problems kept one by one; beyond that they are only counted (the error workbook marks them all). */
    static final int MAX_LISTED_PROBLEMS = 5_000;
    /** How many rows above the header (titles, the filters of an export) an import looks past. */
    static final int MAX_TITLE_ROWS = 12;

    /** A problem as shown: where it is, what the cell holds and why it was refused. */
    record Problem(String sheet, int row, String column, String columnLetter, String value, String message) {
    }

    /** What the run came to: the rows read, the problems (none when stored), and what was stored. */
    record Outcome(String sheet, int rows, int problemCount, List<Problem> problems, ImportCounts stored,
            boolean dryRun) {
        boolean refused() {
            return problemCount > 0;
        }
    }

    /** Progress as the run goes: rows read so far. */
    interface Progress {
        void rowsRead(int rows);

        void checking();

        void storing();
    }

    /** The columns found in the header row: field to column index, and the header text of each field. */
    record Layout(String sheet, int headerRow, Map<String, Integer> columnOf, Map<String, ImportColumn> byField) {
        String letter(String field) {
            Integer index = columnOf.get(field);
            return index == null ? "" : CellReference.convertNumToColString(index);
        }

        String header(String field) {
            ImportColumn column = byField.get(field);
            return column == null ? field : column.header();
        }
    }

    private final ImportKind kind;
    private final SpreadsheetFile file;
    private final Messages messages;

    ImportRun(ImportKind kind, SpreadsheetFile file, Messages messages) {
        this.kind = kind;
        this.file = file;
        this.messages = messages;
    }

    /** The sheet to read: the kind's sheet when the workbook has it, else the first one. */
    String sheet() {
        List<String> names = file.sheetNames();
        if (names.isEmpty()) {
            throw new FileRefused("import.file.sheetMissing", kind.sheetName());
        }
        String wanted = SearchText.fold(kind.sheetName());
        return names.stream().filter(n -> SearchText.fold(n).equals(wanted)).findFirst().orElse(names.get(0));
    }

    /**
     * Reads and checks the file with a new batch of the kind; stores it through {@code store}
     * (the caller's transaction) when nothing is wrong and this is not a dry run.
     */
    Outcome run(boolean dryRun, Progress progress, java.util.function.Function<ImportBatch, ImportCounts> store) {
        ImportBatch batch = kind.begin();
        Collector problems = new Collector();
        String sheet = sheet();
        int[] rows = {0};
        int[] scanned = {0};
        Layout[] layout = {null};
        FileRefused[] firstMiss = {null};
        file.read(sheet, new SpreadsheetFile.RowHandler() {
            @Override
            public void sheet(String name) {
            }

            @Override
            public void row(int number, List<String> cells) {
                if (isBlank(cells)) {
                    return;
                }
                if (layout[0] == null) {
                    // Title rows above the header (an export's title, its filters) are passed over.
                    try {
                        layout[0] = layout(sheet, number, cells);
                        problems.layout = layout[0];
                    } catch (FileRefused missing) {
                        if (firstMiss[0] == null) {
                            firstMiss[0] = missing;
                        }
                        if (++scanned[0] >= MAX_TITLE_ROWS) {
                            throw firstMiss[0];
                        }
                    }
                    return;
                }
                ImportRow row = ImportRun.this.row(layout[0], number, cells, problems);
                batch.add(row, problems);
                rows[0]++;
                if (rows[0] % 1000 == 0) {
                    progress.rowsRead(rows[0]);
                }
            }
        });
        if (layout[0] == null) {
            throw firstMiss[0] != null ? firstMiss[0] : new FileRefused("import.file.empty");
        }
        if (rows[0] == 0) {
            throw new FileRefused("import.file.noRows", sheet);
        }
        progress.rowsRead(rows[0]);
        progress.checking();
        batch.validate(problems);
        ImportCounts stored = null;
        if (!problems.any() && !dryRun) {
            progress.storing();
            stored = store.apply(batch);
        }
        return new Outcome(sheet, rows[0], problems.count, List.copyOf(problems.listed), stored, dryRun);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Matches the header row to the kind's columns; refuses a file that lacks a required column. */
    Layout layout(String sheet, int headerRow, List<String> headers) {
        Map<String, ImportColumn> byHeader = new HashMap<>();
        Map<String, ImportColumn> byField = new LinkedHashMap<>();
        for (ImportColumn column : kind.columns()) {
            byHeader.put(key(column.header()), column);
            byField.put(column.field(), column);
        }
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            ImportColumn column = header == null ? null : byHeader.get(key(header));
            if (column != null && !columnOf.containsKey(column.field())) {
                columnOf.put(column.field(), i);
            }
        }
        List<String> missing = kind.columns().stream().filter(ImportColumn::required)
                .filter(c -> !columnOf.containsKey(c.field())).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new FileRefused("import.file.columnsMissing", sheet, headerRow, String.join(", ", missing));
        }
        return new Layout(sheet, headerRow, columnOf, byField);
    }

    /** "Ngày sinh (*)" and "ngay sinh" are the same header. */
    private static String key(String header) {
        return SearchText.fold(header.replace("(*)", "").replace("*", "")).replaceAll("[^a-z0-9]", "");
    }

    /** The row's values by field, coded cells turned into their codes. */
    private ImportRow row(Layout layout, int number, List<String> cells, Collector problems) {
        Map<String, String> values = new HashMap<>();
        List<String[]> unknownCodes = new ArrayList<>();
        layout.columnOf().forEach((field, index) -> {
            String text = index < cells.size() ? cells.get(index) : null;
            text = text == null ? null : SearchText.normalizeName(text);
            if (text == null || text.isEmpty()) {
                return;
            }
            ImportColumn column = layout.byField().get(field);
            if (!column.choices().isEmpty()) {
                String code = code(column, text);
                if (code == null) {
                    unknownCodes.add(new String[] {field, text});
                    return;
                }
                text = code;
            }
            values.put(field, text);
        });
        ImportRow row = new ImportRow(layout.sheet(), number, values);
        for (String[] unknown : unknownCodes) {
            ImportColumn column = layout.byField().get(unknown[0]);
            problems.addValue(row, unknown[0], unknown[1], "import.value.notInList", unknown[1],
                    String.join(", ", column.choices().stream().map(ImportColumn.Choice::name).toList()));
        }
        return row;
    }

    /** A coded cell's code: the code itself, or the name of the value (diacritics and case aside). */
    private static String code(ImportColumn column, String text) {
        String folded = SearchText.fold(text);
        for (ImportColumn.Choice choice : column.choices()) {
            if (choice.code().equalsIgnoreCase(text) || SearchText.fold(choice.name()).equals(folded)) {
                return choice.code();
            }
        }
        return null;
    }

    /** Problems of the rows, with the value of each cell and the message as the user reads it. */
    private final class Collector implements RowProblems {
        Layout layout;
        int count;
        final List<Problem> listed = new ArrayList<>();

        @Override
        public void add(ImportRow row, String field, String messageKey, Object... args) {
            addValue(row, field, row.get(field), messageKey, args);
        }

        void addValue(ImportRow row, String field, String value, String messageKey, Object... args) {
            count++;
            if (listed.size() < MAX_LISTED_PROBLEMS) {
                String column = layout == null ? field : layout.header(field);
                String letter = layout == null ? "" : layout.letter(field);
                listed.add(new Problem(row.sheet(), row.number(), column, letter, value,
                        messages.text(messageKey, args)));
            }
        }

        @Override
        public boolean any() {
            return count > 0;
        }
    }
}
