package vn.ptdv.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An uploaded spreadsheet, checked before anything is read from it and then read as a stream of
 * rows, never whole: an .xlsx workbook (the cached value of each formula, real dates as
 * dd/MM/yyyy) or a UTF-8 .csv file (with or without the BOM, commas or semicolons). Anything else
 * — a renamed PDF, an old .xls, a workbook with macros, a zip bomb, an empty or oversized file —
 * is refused with a {@link FileRefused} that says why, and nothing of it is used.
 */
final class SpreadsheetFile {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SpreadsheetFile.class);
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** A compressed part inflating more than this many times its size is taken for a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.005;
    static final long MAX_PART_BYTES = 1024L * 1024 * 1024;

    enum Format {
        XLSX,
        CSV
    }

    /** Receives the rows of the sheet read: its name, each row's number as Excel shows it and its cells as text. */
    interface RowHandler {
        void sheet(String name);

        void row(int number, List<String> cells);
    }

    private final byte[] content;
    private final Format format;

    private SpreadsheetFile(byte[] content, Format format) {
        this.content = content;
        this.format = format;
    }

    Format format() {
        return format;
    }

    byte[] content() {
        return content;
    }

    /** Checks what kind of file it is; refuses what is not a spreadsheet ptdv reads. */
    static SpreadsheetFile of(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new FileRefused("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FileRefused("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            checkWorkbookParts(content);
            return new SpreadsheetFile(content, Format.XLSX);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new FileRefused("import.file.oldExcel");
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw new FileRefused("import.file.notSpreadsheet");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".txt") && !name.isEmpty() || !isUtf8Text(content)) {
            throw new FileRefused("import.file.notSpreadsheet");
        }
        return new SpreadsheetFile(content, Format.CSV);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 text with no NUL byte (a binary file renamed .csv is refused). */
    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A workbook is a zip of parts: it must be an Excel workbook without macros, and no part may
     * inflate beyond reason. The parts are only listed here, not read.
     */
    private static void checkWorkbookParts(byte[] content) {
        boolean workbook = false;
        // Commons Compress reads the stored entries with data descriptors that POI itself writes.
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true,
                true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals("xl/workbook.xml")) {
                    workbook = true;
                } else if (name.endsWith("vbaProject.bin")) {
                    throw new FileRefused("import.file.macros");
                } else if (name.equals("word/document.xml") || name.equals("ppt/presentation.xml")) {
                    throw new FileRefused("import.file.notSpreadsheet");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new FileRefused("import.file.damaged");
        }
        if (!workbook) {
            throw new FileRefused("import.file.notSpreadsheet");
        }
    }

    /** The names of the workbook's sheets, in order (one, unnamed, for a CSV file). */
    List<String> sheetNames() {
        if (format == Format.CSV) {
            return List.of("");
        }
        List<String> names = new ArrayList<>();
        withWorkbook((reader, strings, styles) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
        });
        return names;
    }

    /** Streams the rows of the named sheet (any sheet of a CSV file) to the handler. */
    void read(String sheetName, RowHandler handler) {
        if (format == Format.CSV) {
            handler.sheet(sheetName);
            readCsv(handler);
            return;
        }
        withWorkbook((reader, strings, styles) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(sheetName)) {
                        handler.sheet(sheetName);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new SheetRowsHandler(strings, styles, handler));
                        parser.parse(new InputSource(sheet));
                        return;
                    }
                }
            }
            throw new FileRefused("import.file.sheetMissing", sheetName);
        });
    }

    private interface WorkbookWork {
        void run(XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles)
                throws IOException, SAXException, OpenXML4JException, ParserConfigurationException;
    }

    private void withWorkbook(WorkbookWork work) {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long maxEntry = ZipSecureFile.getMaxEntrySize();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            work.run(reader, strings, reader.getStylesTable());
        } catch (FileRefused refused) {
            throw refused;
        } catch (SheetRowsHandler.CellRefused cell) {
            throw new FileRefused(cell.messageKey(), cell.args());
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            log.info("A workbook could not be read: {}", message, e);
            throw new FileRefused(message.contains("Zip bomb") || message.contains("zip bomb")
                    ? "import.file.zipBomb" : "import.file.damaged");
        } catch (SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SheetRowsHandler.HandlerFailure failure) {
                    throw failure.original();
                }
                if (cause instanceof SheetRowsHandler.CellRefused c) {
                    throw new FileRefused(c.messageKey(), c.args());
                }
                if (cause instanceof FileRefused refused) {
                    throw refused;
                }
            }
            String message = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
            log.info("A workbook could not be read: {}", message, e);
            throw new FileRefused(message.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")
                    ? "import.file.zipBomb" : "import.file.damaged");
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
            ZipSecureFile.setMaxEntrySize(maxEntry);
        }
    }

    private void readCsv(RowHandler handler) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, csv)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (java.io.UncheckedIOException | IllegalStateException broken) {
                    throw new FileRefused("import.file.csvBroken");
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                handler.row((int) record.getRecordNumber(), cells);
            }
        } catch (IOException e) {
            throw new FileRefused("import.file.csvBroken");
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }
}
