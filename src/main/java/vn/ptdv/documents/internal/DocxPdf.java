package vn.ptdv.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Lays a filled Word document out as PDF, so that the PDF follows the same template as the
 * .docx — including a template an administrator changed in Word. It reads what the Party's
 * documents use: paragraphs (alignment, justification, indents, spacing, line spacing, bold,
 * italic, underline, capitals, sizes, line and page breaks, tabs), tables (column grid,
 * horizontally and vertically merged cells, borders, vertical centring, header rows repeated on
 * each page) and inline pictures (a logo). Every text is set in the bundled Liberation Serif,
 * NFC-normalized; Word's own page headers, footers, text boxes and floating shapes are not drawn.
 */
final class DocxPdf {
    private static final float TWIP = 1f / 20f;
    private static final float EMU = 1f / 12700f;
    private static final float DEFAULT_SIZE = 13f;
    private static final float LINE_FACTOR = 1.15f;
    private static final float ASCENT = 0.891f;
    private static final float CELL_MARGIN = 108 * TWIP;
    private static final float TAB_STOP = 36f;
    private static final Pattern TOKENS = Pattern.compile("[^ \\t\\n]+| +|\\t|\\n");

    private final XWPFDocument source;
    private final PDDocument pdf = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(pdf);
    private final PDRectangle pageSize;
    private final float marginTop;
    private final float marginBottom;
    private final float marginLeft;
    private final float marginRight;
    private PDPageContentStream out;
    private float y;

    private DocxPdf(XWPFDocument source) {
        this.source = source;
        CTSectPr section = source.getDocument().getBody().getSectPr();
        CTPageSz size = section == null ? null : section.getPgSz();
        CTPageMar margins = section == null ? null : section.getPgMar();
        pageSize = size == null || size.getW() == null ? PDRectangle.A4
                : new PDRectangle(twips(size.getW(), 11906), twips(size.getH(), 16838));
        marginTop = margins == null ? 20 * 72 / 25.4f : twips(margins.getTop(), 1134);
        marginBottom = margins == null ? 20 * 72 / 25.4f : twips(margins.getBottom(), 1134);
        marginLeft = margins == null ? 30 * 72 / 25.4f : twips(margins.getLeft(), 1701);
        marginRight = margins == null ? 15 * 72 / 25.4f : twips(margins.getRight(), 850);
    }

    /** The document as PDF pages (A4 unless the document says otherwise). */
    static byte[] render(XWPFDocument document, String title) {
        DocxPdf layout = new DocxPdf(document);
        try (PDDocument pdf = layout.pdf) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(nfc(title));
            info.setProducer("ptdv");
            layout.newPage();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    layout.paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    layout.table(table);
                }
            }
            layout.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float twips(Object value, int fallback) {
        if (value instanceof BigInteger b) {
            return b.floatValue() * TWIP;
        }
        if (value instanceof Number n) {
            return n.floatValue() * TWIP;
        }
        return fallback * TWIP;
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private float textWidth() {
        return pageSize.getWidth() - marginLeft - marginRight;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(pageSize);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = pageSize.getHeight() - marginTop;
    }

    private float room() {
        return y - marginBottom;
    }

    // --- paragraphs ---

    /** A piece of a line: a word, a run of spaces, a tab, or a picture. */
    private sealed interface Item permits Word, Picture {
        float width();

        float height();
    }

    private record Word(String text, PDType0Font font, float size, boolean underline, float width, boolean space,
            boolean tab, boolean newline) implements Item {
        @Override
        public float height() {
            return size * LINE_FACTOR;
        }
    }

    private record Picture(PDImageXObject image, float width, float height) implements Item {
    }

    private record Line(List<Item> items, float width, float height, boolean last) {
    }

    private record Laid(List<Line> lines, float before, float after, float indentFirst, float indentLeft,
            float availableFirst, float available, ParagraphAlignment alignment, float spacing) {
        float height() {
            float h = before + after;
            for (Line line : lines) {
                h += line.height() * spacing;
            }
            return h;
        }
    }

    private void paragraph(XWPFParagraph paragraph) throws IOException {
        if (paragraph.isPageBreak()) {
            newPage();
        }
        Laid laid = layParagraph(paragraph, marginLeft, textWidth());
        y -= laid.before();
        for (Line line : laid.lines()) {
            float height = line.height() * laid.spacing();
            if (height > room()) {
                newPage();
            }
            drawLine(line, laid, marginLeft, line == laid.lines().get(0), y);
            y -= height;
        }
        y -= laid.after();
    }

    private Laid layParagraph(XWPFParagraph paragraph, float left, float width) throws IOException {
        float indentLeft = twipsOrZero(paragraph.getIndentationLeft());
        float indentRight = twipsOrZero(paragraph.getIndentationRight());
        float firstLine = twipsOrZero(paragraph.getIndentationFirstLine()) - twipsOrZero(paragraph.getIndentationHanging());
        float before = twipsOrZero(paragraph.getSpacingBefore());
        float after = twipsOrZero(paragraph.getSpacingAfter());
        double between = paragraph.getSpacingBetween();
        float spacing = between > 0 && between < 5 ? (float) between : 1f;
        float available = width - indentLeft - indentRight;
        List<Item> items = items(paragraph);
        List<Line> lines = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        float lineWidth = 0;
        float limit = available - firstLine;
        float emptyHeight = paragraphSize(paragraph) * LINE_FACTOR;
        for (Item item : items) {
            if (item instanceof Word w && w.newline()) {
                lines.add(line(current, lineWidth, emptyHeight, false));
                current = new ArrayList<>();
                lineWidth = 0;
                limit = available;
                continue;
            }
            float itemWidth = item.width();
            if (item instanceof Word w && w.tab()) {
                float position = (lines.isEmpty() ? firstLine : 0) + lineWidth;
                itemWidth = (float) (Math.floor(position / TAB_STOP) + 1) * TAB_STOP - position;
                item = new Word(" ", w.font(), w.size(), w.underline(), itemWidth, true, true, false);
            }
            boolean space = item instanceof Word w && w.space();
            if (!space && !current.isEmpty() && lineWidth + itemWidth > limit) {
                lines.add(line(current, lineWidth, emptyHeight, false));
                current = new ArrayList<>();
                lineWidth = 0;
                limit = available;
            }
            if (space && current.isEmpty() && !lines.isEmpty()) {
                continue;
            }
            current.add(item);
            lineWidth += itemWidth;
        }
        lines.add(line(current, lineWidth, emptyHeight, true));
        return new Laid(lines, before, after, firstLine, indentLeft, available - firstLine, available,
                paragraph.getAlignment(), spacing);
    }

    private static Line line(List<Item> items, float width, float emptyHeight, boolean last) {
        List<Item> kept = new ArrayList<>(items);
        float w = width;
        while (!kept.isEmpty() && kept.get(kept.size() - 1) instanceof Word word && word.space() && !word.tab()) {
            w -= word.width();
            kept.remove(kept.size() - 1);
        }
        float height = 0;
        for (Item item : kept) {
            height = Math.max(height, item.height());
        }
        return new Line(kept, w, height == 0 ? emptyHeight : height, last);
    }

    private void drawLine(Line line, Laid laid, float left, boolean first, float top) throws IOException {
        float indent = laid.indentLeft() + (first ? laid.indentFirst() : 0);
        float available = first ? laid.availableFirst() : laid.available();
        float x = left + indent;
        float extraPerSpace = 0;
        ParagraphAlignment alignment = laid.alignment() == null ? ParagraphAlignment.LEFT : laid.alignment();
        switch (alignment) {
            case CENTER -> x += (available - line.width()) / 2;
            case RIGHT, END -> x += available - line.width();
            case BOTH, DISTRIBUTE -> {
                long spaces = line.items().stream().filter(i -> i instanceof Word w && w.space() && !w.tab()).count();
                if (!line.last() && spaces > 0) {
                    extraPerSpace = (available - line.width()) / spaces;
                }
            }
            default -> {
            }
        }
        // The font's ascent below the line's top, the leading shared above and below.
        float baseline = top - line.height() * ((ASCENT + (LINE_FACTOR - ASCENT - 0.216f) / 2) / LINE_FACTOR);
        for (Item item : line.items()) {
            if (item instanceof Picture picture) {
                out.drawImage(picture.image(), x, top - picture.height(), picture.width(), picture.height());
                x += picture.width();
                continue;
            }
            Word word = (Word) item;
            float width = word.width() + (word.space() && !word.tab() ? extraPerSpace : 0);
            if (!word.space()) {
                out.beginText();
                out.setFont(word.font(), word.size());
                out.newLineAtOffset(x, baseline);
                out.showText(word.text());
                out.endText();
            }
            if (word.underline()) {
                out.setLineWidth(word.size() / 18f);
                out.moveTo(x, baseline - word.size() * 0.12f);
                out.lineTo(x + width, baseline - word.size() * 0.12f);
                out.stroke();
            }
            x += width;
        }
    }

    private static float twipsOrZero(int value) {
        // POI answers -1 for "not set".
        return value < 0 ? 0 : value * TWIP;
    }

    private float paragraphSize(XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
            Double size = run.getFontSizeAsDouble();
            if (size != null) {
                return size.floatValue();
            }
        }
        return DEFAULT_SIZE;
    }

    private List<Item> items(XWPFParagraph paragraph) throws IOException {
        List<Item> items = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            for (XWPFPicture picture : run.getEmbeddedPictures()) {
                items.add(picture(picture));
            }
            String text = run.text();
            if (text == null || text.isEmpty()) {
                continue;
            }
            text = nfc(run.isCapitalized() ? text.toUpperCase(java.util.Locale.forLanguageTag("vi")) : text);
            Double size = run.getFontSizeAsDouble();
            float points = size == null ? paragraphSize(paragraph) : size.floatValue();
            PDType0Font font = fonts.font(PdfFonts.Style.of(run.isBold(), run.isItalic()));
            boolean underline = run.getUnderline() != null && run.getUnderline() != UnderlinePatterns.NONE;
            Matcher tokens = TOKENS.matcher(text);
            while (tokens.find()) {
                String token = tokens.group();
                switch (token) {
                    case "\n" -> items.add(new Word("", font, points, false, 0, false, false, true));
                    case "\t" -> items.add(new Word(" ", font, points, underline, 0, true, true, false));
                    default -> {
                        String shown = printable(font, token);
                        boolean space = token.isBlank();
                        items.add(new Word(shown, font, points, underline, font.getStringWidth(shown) / 1000f * points,
                                space, false, false));
                    }
                }
            }
        }
        return items;
    }

    /** The text with any character the font lacks replaced, so that one odd character never fails a document. */
    private static String printable(PDType0Font font, String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                shown.append(c);
            } catch (IllegalArgumentException | IOException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private Picture picture(XWPFPicture picture) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(pdf, picture.getPictureData().getData(),
                picture.getPictureData().getFileName());
        float width = (float) picture.getWidth();
        float height = (float) picture.getDepth();
        try {
            var extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
            width = extent.getCx() * EMU;
            height = extent.getCy() * EMU;
        } catch (RuntimeException e) {
            // the picture's own size, when the drawing gives none
        }
        if (width <= 0 || height <= 0) {
            width = image.getWidth() * 0.75f;
            height = image.getHeight() * 0.75f;
        }
        return new Picture(image, width, height);
    }

    // --- tables ---

    /** A cell of a row as laid out: where it starts in the grid, how many columns and rows it spans. */
    private record CellBox(XWPFTableCell cell, int column, int span, boolean continued, boolean centred) {
    }

    private void table(XWPFTable table) throws IOException {
        float[] columns = columnWidths(table);
        boolean borders = hasBorders(table);
        List<XWPFTableRow> rows = table.getRows();
        List<List<CellBox>> grid = new ArrayList<>();
        for (XWPFTableRow row : rows) {
            List<CellBox> boxes = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? properties.getGridSpan().getVal().intValue() : 1;
                boolean continued = properties != null && properties.getVMerge() != null
                        && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
                boolean centred = properties != null && properties.getVAlign() != null
                        && properties.getVAlign().getVal() == STVerticalJc.CENTER;
                boxes.add(new CellBox(cell, column, span, continued, centred));
                column += span;
            }
            grid.add(boxes);
        }
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            float height = twips(rows.get(r).getHeight(), 0);
            for (CellBox box : grid.get(r)) {
                if (!box.continued() && rowSpan(grid, r, box.column()) == 1) {
                    height = Math.max(height, cellHeight(box, columns));
                }
            }
            heights[r] = Math.max(height, DEFAULT_SIZE * LINE_FACTOR * 0.5f);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (CellBox box : grid.get(r)) {
                int span = box.continued() ? 1 : rowSpan(grid, r, box.column());
                if (span > 1) {
                    float have = 0;
                    for (int k = r; k < r + span; k++) {
                        have += heights[k];
                    }
                    heights[r + span - 1] += Math.max(0, cellHeight(box, columns) - have);
                }
            }
        }
        List<Integer> headerRows = new ArrayList<>();
        for (int r = 0; r < rows.size() && rows.get(r).isRepeatHeader(); r++) {
            headerRows.add(r);
        }
        for (int r = 0; r < rows.size(); r++) {
            if (heights[r] > room() && y < pageSize.getHeight() - marginTop - 1) {
                newPage();
                if (!headerRows.contains(r)) {
                    for (int h : headerRows) {
                        drawRow(grid, h, heights, columns, borders);
                        y -= heights[h];
                    }
                }
            }
            drawRow(grid, r, heights, columns, borders);
            y -= heights[r];
        }
    }

    private static int rowSpan(List<List<CellBox>> grid, int row, int column) {
        int span = 1;
        for (int r = row + 1; r < grid.size(); r++) {
            boolean continues = grid.get(r).stream().anyMatch(b -> b.column() == column && b.continued());
            if (!continues) {
                break;
            }
            span++;
        }
        return span;
    }

    private float cellWidth(CellBox box, float[] columns) {
        float width = 0;
        for (int c = box.column(); c < Math.min(columns.length, box.column() + box.span()); c++) {
            width += columns[c];
        }
        return width;
    }

    private float cellHeight(CellBox box, float[] columns) throws IOException {
        float inner = cellWidth(box, columns) - 2 * CELL_MARGIN;
        float height = 0;
        for (XWPFParagraph paragraph : box.cell().getParagraphs()) {
            height += layParagraph(paragraph, 0, inner).height();
        }
        return height + 2;
    }

    private void drawRow(List<List<CellBox>> grid, int r, float[] heights, float[] columns, boolean borders)
            throws IOException {
        float left = marginLeft;
        for (CellBox box : grid.get(r)) {
            float x = left;
            for (int c = 0; c < box.column() && c < columns.length; c++) {
                x += columns[c];
            }
            if (box.continued()) {
                continue;
            }
            int span = rowSpan(grid, r, box.column());
            float height = 0;
            for (int k = r; k < r + span && k < heights.length; k++) {
                height += heights[k];
            }
            float width = cellWidth(box, columns);
            if (borders) {
                out.setLineWidth(0.5f);
                out.addRect(x, y - height, width, height);
                out.stroke();
            }
            float contentHeight = cellHeight(box, columns) - 2;
            float top = box.centred() ? y - Math.max(0, (height - contentHeight) / 2) : y - 1;
            for (XWPFParagraph paragraph : box.cell().getParagraphs()) {
                Laid laid = layParagraph(paragraph, 0, width - 2 * CELL_MARGIN);
                top -= laid.before();
                boolean first = true;
                for (Line line : laid.lines()) {
                    drawLine(line, laid, x + CELL_MARGIN, first, top);
                    first = false;
                    top -= line.height() * laid.spacing();
                }
                top -= laid.after();
            }
        }
    }

    private float[] columnWidths(XWPFTable table) {
        List<Float> widths = new ArrayList<>();
        if (table.getCTTbl().getTblGrid() != null) {
            table.getCTTbl().getTblGrid().getGridColList().forEach(col -> widths.add(twips(col.getW(), 0)));
        }
        int count = widths.isEmpty() ? table.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(1)
                : widths.size();
        float total = (float) widths.stream().mapToDouble(Float::doubleValue).sum();
        float[] result = new float[count];
        for (int i = 0; i < count; i++) {
            result[i] = widths.isEmpty() || total <= 0 ? textWidth() / count : widths.get(i);
        }
        if (total > textWidth() + 1) {
            // Wider than the page's text: shrink to fit, as Word's "autofit to window" would.
            for (int i = 0; i < count; i++) {
                result[i] = result[i] * textWidth() / total;
            }
        }
        return result;
    }

    private static boolean hasBorders(XWPFTable table) {
        XWPFBorderType[] types = {table.getTopBorderType(), table.getInsideHBorderType(),
                table.getInsideVBorderType(), table.getLeftBorderType()};
        for (XWPFBorderType type : types) {
            if (type != null && type != XWPFBorderType.NONE && type != XWPFBorderType.NIL) {
                return true;
            }
        }
        String style = table.getStyleID();
        return style != null && style.toLowerCase(java.util.Locale.ROOT).contains("grid");
    }
}
