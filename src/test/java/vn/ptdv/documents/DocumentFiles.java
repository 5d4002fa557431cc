package vn.ptdv.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Reads produced files back as a user's program would: Word with POI, PDF with PDFBox, Excel with POI. */
public final class DocumentFiles {
    private DocumentFiles() {
    }

    /** The template with one more paragraph, as an administrator would add it in Word. */
    public static byte[] withLine(byte[] docx, String line) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun run = document.insertNewParagraph(document.getParagraphs().get(1).getCTP().newCursor()).createRun();
            run.setText(line);
            run.setFontFamily("Times New Roman");
            run.setFontSize(13);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The PDF's text with every line break and run of spaces as one space: a narrow column wraps its text. */
    public static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static String docxText(byte[] docx) throws Exception {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }

    public static List<String> docxFonts(byte[] docx) throws Exception {
        List<String> fonts = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            document.getParagraphs().forEach(p -> p.getRuns().forEach(r -> fonts.add(r.getFontFamily())));
        }
        return fonts;
    }

    public static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(c -> text.append(formatter.formatCellValue(c)).append(c.getColumnIndex() < 4 ? "\t" : ""));
                text.append('\n');
            }
        }
        return text.toString();
    }
}
