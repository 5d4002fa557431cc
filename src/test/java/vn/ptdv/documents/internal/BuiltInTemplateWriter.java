package vn.ptdv.documents.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes the built-in templates under {@code src/main/resources/documents/templates/} in the
 * layout of Hướng dẫn 36-HD/VPTW (A4; margins 20 mm top and bottom, 30 mm left, 15 mm right;
 * Times New Roman). A developer tool, run by hand when the built-in layout changes (from the
 * IDE, or {@code java -cp target/test-classes:target/classes:$(cat cp.txt) ...BuiltInTemplateWriter}
 * after {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 * Administrators change the templates in Word instead.
 */
public final class BuiltInTemplateWriter {
    private static final String FONT = "Times New Roman";
    private static final int TEXT_WIDTH = 9355;

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/documents/templates");
        Files.createDirectories(folder);
        write(statistics(), folder.resolve("statistics.docx"));
        write(register(), folder.resolve("18-KND.docx"));
        write(report(), folder.resolve("report.docx"));
        write(form(FORM_6), folder.resolve("6-KND.docx"));
        write(form(FORM_8), folder.resolve("8-KND.docx"));
        write(form(FORM_9), folder.resolve("9-KND.docx"));
        write(form(FORM_13), folder.resolve("13-KND.docx"));
        write(form(FORM_15), folder.resolve("15-KND.docx"));
        write(form(FORM_16), folder.resolve("16-KND.docx"));
    }

    private static final String DOTS = "……………………………………………………………………………";
    private static final String VOTES_OF_CELL = "Số đảng viên chính thức tán thành: {{votesFor}}/{{members}} đồng chí, đạt "
            + "{{votesForShare}}% so với tổng số đảng viên chính thức; không tán thành: {{votesAgainst}} đồng chí, chiếm "
            + "{{votesAgainstShare}}% (lý do: ……………………).";
    private static final String VOTES_OF_COMMITTEE = "Số cấp ủy viên tán thành: {{votesFor}}/{{members}} đồng chí, đạt "
            + "{{votesForShare}}% so với tổng số cấp ủy viên; không tán thành: {{votesAgainst}} đồng chí, chiếm "
            + "{{votesAgainstShare}}% (lý do: ……………………).";
    private static final String ATTENDANCE_OF_CELL = "Tổng số đảng viên của chi bộ: …… đồng chí, trong đó chính thức "
            + "{{members}} đồng chí, dự bị …… đồng chí. Có mặt: …… đồng chí (chính thức …… , dự bị ……); vắng mặt: …… đồng "
            + "chí (chính thức …… , dự bị ……), lý do vắng mặt: ……………………";
    private static final String CHAIR = "Chủ trì hội nghị: đồng chí …………………… , chức vụ …………; thư ký hội nghị: đồng chí "
            + "……………………";

    /** Mẫu 6-KNĐ: lines starting with "#" are headings of the body (bold), "!" the deciding line (centred, bold). */
    static final String[] FORM_6 = {
        "- Căn cứ Điều 4 Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ tiêu chuẩn, điều kiện kết nạp đảng viên và hồ sơ của người vào Đảng,",
        "Ngày {{meetingDate}}, {{cellName}} đã họp để xét đề nghị kết nạp quần chúng {{fullName}}, sinh ngày "
            + "{{birthDate}}, vào Đảng.",
        ATTENDANCE_OF_CELL,
        CHAIR,
        "Sau khi nghe báo cáo hồ sơ của người vào Đảng, ý kiến của người giới thiệu và nhận xét của các đoàn thể, chi bộ "
            + "thống nhất nhận xét về quần chúng {{fullName}}:",
        "#1. Những ưu điểm, khuyết điểm chính (về phẩm chất chính trị, đạo đức, lối sống, năng lực công tác, quan hệ "
            + "quần chúng):",
        DOTS, DOTS,
        "#2. Kết quả biểu quyết:",
        VOTES_OF_CELL,
        "Chi bộ đề nghị {{proposedTo}} xem xét, kết nạp quần chúng {{fullName}} vào Đảng Cộng sản Việt Nam."};

    static final String[] FORM_8 = {
        "- Căn cứ Điều 4 Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ nghị quyết ngày {{cellResolutionDate}} của {{cellName}} đề nghị kết nạp quần chúng {{fullName}} vào "
            + "Đảng,",
        "Ngày {{meetingDate}}, {{committeeName}} đã họp để xét đề nghị kết nạp quần chúng {{fullName}}, sinh ngày "
            + "{{birthDate}}, vào Đảng.",
        "Tổng số cấp ủy viên: {{members}} đồng chí; có mặt: …… đồng chí; vắng mặt: …… đồng chí, lý do: ……………………",
        CHAIR,
        "#1. Nhận xét của Đảng ủy về người vào Đảng (ưu điểm, khuyết điểm chính; kết quả thẩm tra lý lịch):",
        DOTS, DOTS,
        "#2. Kết quả biểu quyết:",
        VOTES_OF_COMMITTEE,
        "{{conclusion}}"};

    static final String[] FORM_9 = {
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ Quy định và Hướng dẫn thi hành Điều lệ Đảng hiện hành;",
        "- Xét đề nghị của {{proposals}} về việc kết nạp quần chúng {{fullName}} vào Đảng,",
        "!{{decidingBody}}",
        "!QUYẾT ĐỊNH:",
        "Điều 1. Kết nạp quần chúng {{fullName}}, sinh ngày {{birthDate}}, quê quán …………………………, vào Đảng Cộng sản Việt "
            + "Nam. Thời gian dự bị là mười hai tháng, kể từ ngày chi bộ tổ chức lễ kết nạp.",
        "Điều 2. {{cellName}} tổ chức lễ kết nạp theo quy định và phân công đảng viên chính thức giúp đỡ đảng viên dự bị.",
        "Điều 3. {{cellName}}, các cơ quan có liên quan và đồng chí {{fullName}} thi hành Quyết định này."};

    static final String[] FORM_13 = {
        "- Căn cứ Điều 5 Điều lệ Đảng Cộng sản Việt Nam,",
        "Ngày {{meetingDate}}, {{cellName}} đã họp để xét, đề nghị công nhận đảng viên dự bị {{fullName}}, sinh ngày "
            + "{{birthDate}}, được kết nạp vào Đảng ngày {{admittedOn}}, trở thành đảng viên chính thức.",
        ATTENDANCE_OF_CELL,
        CHAIR,
        "Sau khi nghe đảng viên dự bị báo cáo tự kiểm điểm trong thời gian dự bị, ý kiến nhận xét của đảng viên được "
            + "phân công giúp đỡ và của các đoàn thể, chi bộ thống nhất nhận xét về đồng chí {{fullName}}:",
        "#1. Ưu điểm, khuyết điểm chính (về phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, năng lực "
            + "công tác, quan hệ quần chúng, thực hiện nhiệm vụ đảng viên):",
        DOTS, DOTS,
        "#2. Kết quả biểu quyết:",
        VOTES_OF_CELL,
        "{{conclusion}}"};

    static final String[] FORM_15 = {
        "- Căn cứ Điều 5 Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ nghị quyết ngày {{cellResolutionDate}} của {{cellName}} đề nghị công nhận đảng viên chính thức cho "
            + "đồng chí {{fullName}},",
        "Ngày {{meetingDate}}, {{committeeName}} đã họp để xét, đề nghị công nhận đảng viên dự bị {{fullName}}, sinh "
            + "ngày {{birthDate}}, được kết nạp vào Đảng ngày {{admittedOn}}, trở thành đảng viên chính thức.",
        "Tổng số cấp ủy viên: {{members}} đồng chí; có mặt: …… đồng chí; vắng mặt: …… đồng chí, lý do: ……………………",
        CHAIR,
        "#1. Nhận xét của Đảng ủy về đảng viên dự bị trong thời gian dự bị:",
        DOTS, DOTS,
        "#2. Kết quả biểu quyết:",
        VOTES_OF_COMMITTEE,
        "{{conclusion}}"};

    static final String[] FORM_16 = {
        "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
        "- Căn cứ Quy định và Hướng dẫn thi hành Điều lệ Đảng hiện hành;",
        "- Xét đề nghị của {{proposals}} về việc công nhận đảng viên chính thức cho đồng chí {{fullName}},",
        "!{{decidingBody}}",
        "!QUYẾT ĐỊNH:",
        "Điều 1. Công nhận đồng chí {{fullName}}, sinh ngày {{birthDate}}, được kết nạp vào Đảng ngày {{admittedOn}}, "
            + "là đảng viên chính thức kể từ ngày {{officialFrom}}.",
        "Điều 2. {{cellName}}, các cơ quan có liên quan và đồng chí {{fullName}} thi hành Quyết định này."};

    /**
     * A form of a dossier, its body in 13 points so that a resolution with its signature fits one
     * page: "DỰ THẢO" above the heading while its step is not recorded, the heading
     * with its number, the title and the form's subject, the body, the recipients and the signature.
     */
    static XWPFDocument form(String[] body) {
        XWPFDocument doc = page();
        paragraph(doc, ParagraphAlignment.RIGHT, 0, 0, run("{{formLabel}}", 12, false, true));
        paragraph(doc, ParagraphAlignment.RIGHT, 0, 60, run("{{draft}}", 14, true, false));
        header(doc, true);
        title(doc);
        paragraph(doc, ParagraphAlignment.CENTER, 0, 0, run("{{subtitle}}", 14, true, false));
        paragraph(doc, ParagraphAlignment.CENTER, 0, 240, run("-----", 14, false, false));
        for (String line : body) {
            if (line.startsWith("!")) {
                paragraph(doc, ParagraphAlignment.CENTER, 120, 120, run(line.substring(1), 14, true, false));
            } else {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                p.setSpacingAfter(60);
                boolean heading = line.startsWith("#");
                java.util.regex.Matcher article = java.util.regex.Pattern.compile("^(Điều \\d+\\.)(.*)$").matcher(line);
                if (article.matches()) {
                    style(p.createRun(), run(article.group(1), 13, true, false));
                    style(p.createRun(), run(article.group(2), 13, false, false));
                } else {
                    style(p.createRun(), run(heading ? line.substring(1) : line, 13, heading, false));
                }
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0, run("", 13, false, false));
        signature(doc);
        return doc;
    }

    private static void write(XWPFDocument document, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }

    static XWPFDocument statistics() {
        XWPFDocument doc = page();
        header(doc, true);
        title(doc);
        paragraph(doc, ParagraphAlignment.CENTER, 0, 0, run("{{subtitle}}", 14, false, true));
        paragraph(doc, ParagraphAlignment.CENTER, 0, 120, run("{{comparison}}", 13, false, true));
        paragraph(doc, ParagraphAlignment.RIGHT, 0, 60, run("Đơn vị tính: {{unit}}", 12, false, true));
        XWPFTable table = table(doc, new int[] {700, 4455, 1400, 1500, 1300}, 4, true);
        XWPFTableRow top = table.getRow(0);
        cell(top.getCell(0), "STT", true, ParagraphAlignment.CENTER, 12);
        verticalMerge(top.getCell(0), true);
        cell(top.getCell(1), "Chỉ tiêu", true, ParagraphAlignment.CENTER, 12);
        verticalMerge(top.getCell(1), true);
        cell(top.getCell(2), "Số lượng", true, ParagraphAlignment.CENTER, 12);
        span(top, 2, 2);
        cell(top.getCell(3), "So với cùng kỳ năm trước (%)", true, ParagraphAlignment.CENTER, 12);
        verticalMerge(top.getCell(3), true);
        XWPFTableRow second = table.getRow(1);
        verticalMerge(second.getCell(0), false);
        verticalMerge(second.getCell(1), false);
        cell(second.getCell(2), "Kỳ này", true, ParagraphAlignment.CENTER, 12);
        cell(second.getCell(3), "Cùng kỳ năm trước", true, ParagraphAlignment.CENTER, 12);
        verticalMerge(second.getCell(4), false);
        XWPFTableRow numbers = table.getRow(2);
        String[] labels = {"A", "B", "1", "2", "3"};
        for (int i = 0; i < labels.length; i++) {
            cell(numbers.getCell(i), labels[i], false, ParagraphAlignment.CENTER, 11).getRuns().get(0).setItalic(true);
        }
        for (int r = 0; r < 3; r++) {
            table.getRow(r).setRepeatHeader(true);
        }
        XWPFTableRow loop = table.getRow(3);
        cell(loop.getCell(0), "{{rows}}[number]", false, ParagraphAlignment.CENTER, 12);
        cell(loop.getCell(1), "[label]", false, ParagraphAlignment.LEFT, 12);
        cell(loop.getCell(2), "[current]", false, ParagraphAlignment.RIGHT, 12);
        cell(loop.getCell(3), "[previous]", false, ParagraphAlignment.RIGHT, 12);
        cell(loop.getCell(4), "[ratio]", false, ParagraphAlignment.RIGHT, 12);
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0, run("", 13, false, false));
        signature(doc);
        return doc;
    }

    /** Any report's table: the table is put where {@code {{#table}}} stands. */
    static XWPFDocument report() {
        XWPFDocument doc = page();
        header(doc, true);
        title(doc);
        paragraph(doc, ParagraphAlignment.CENTER, 0, 160, run("{{subtitle}}", 13, false, true));
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0, run("{{#table}}", 12, false, false));
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0, run("", 13, false, false));
        signature(doc);
        return doc;
    }

    static XWPFDocument register() {
        XWPFDocument doc = page();
        header(doc, false);
        title(doc);
        paragraph(doc, ParagraphAlignment.CENTER, 0, 0, run("{{organizationName}}", 14, true, false));
        paragraph(doc, ParagraphAlignment.CENTER, 0, 160, run("{{subtitle}}", 13, false, true));
        XWPFTable table = table(doc, new int[] {500, 2150, 1150, 1050, 1850, 1200, 1455}, 3, true);
        String[] headers = {"STT", "Họ và tên", "Ngày sinh", "Số lý lịch", "Chi bộ", "Ngày kết nạp",
            "Ghi chú (chính thức, xóa tên, từ trần)"};
        for (int i = 0; i < headers.length; i++) {
            cell(table.getRow(0).getCell(i), headers[i], true, ParagraphAlignment.CENTER, 12);
            cell(table.getRow(1).getCell(i), String.valueOf(i + 1), false, ParagraphAlignment.CENTER, 11)
                    .getRuns().get(0).setItalic(true);
        }
        table.getRow(0).setRepeatHeader(true);
        table.getRow(1).setRepeatHeader(true);
        String[] columns = {"{{rows}}[number]", "[fullName]", "[birthDate]", "[backgroundNumber]", "[cellName]",
            "[admittedOn]", "[note]"};
        for (int i = 0; i < columns.length; i++) {
            cell(table.getRow(2).getCell(i), columns[i], false,
                    i == 1 || i == 4 || i == 6 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER, 12);
        }
        paragraph(doc, ParagraphAlignment.LEFT, 0, 0, run("", 13, false, false));
        signature(doc);
        return doc;
    }

    private static XWPFDocument page() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
        return doc;
    }

    /** The header of 36-HD/VPTW: the superior and the issuing body on the left, the Party's name on the right. */
    private static void header(XWPFDocument doc, boolean numbered) {
        XWPFTable table = table(doc, new int[] {4300, 5055}, 1, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        cell(left, "{{superiorBody}}", false, ParagraphAlignment.CENTER, 14);
        add(left, ParagraphAlignment.CENTER, run("{{issuingBody}}", 14, true, false));
        add(left, ParagraphAlignment.CENTER, run("*", 14, false, false));
        if (numbered) {
            add(left, ParagraphAlignment.CENTER, run("Số {{documentNumber}}", 14, false, false));
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFRun party = cell(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true, ParagraphAlignment.CENTER, 15).getRuns().get(0);
        party.setUnderline(UnderlinePatterns.SINGLE);
        add(right, ParagraphAlignment.CENTER, run("", 14, false, false));
        add(right, ParagraphAlignment.RIGHT, run("{{place}}, {{dateLine}}", 14, false, true));
    }

    private static void title(XWPFDocument doc) {
        paragraph(doc, ParagraphAlignment.CENTER, 360, 0, run("{{title}}", 15, true, false));
    }

    /** "Nơi nhận" on the left; the signer's capacity, title and name on the right. */
    private static void signature(XWPFDocument doc) {
        XWPFTable table = table(doc, new int[] {4300, 5055}, 1, false);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFRun to = cell(left, "Nơi nhận:", true, ParagraphAlignment.LEFT, 12).getRuns().get(0);
        to.setItalic(true);
        add(left, ParagraphAlignment.LEFT, run("{{recipients}}", 11, false, false));
        add(left, ParagraphAlignment.LEFT, run("- Lưu.", 11, false, false));
        XWPFTableCell right = table.getRow(0).getCell(1);
        cell(right, "{{signerRole}}", true, ParagraphAlignment.CENTER, 14);
        add(right, ParagraphAlignment.CENTER, run("{{signerTitle}}", 14, true, false));
        for (int i = 0; i < 3; i++) {
            add(right, ParagraphAlignment.CENTER, run("", 14, false, false));
        }
        add(right, ParagraphAlignment.CENTER, run("{{signerName}}", 14, true, false));
    }

    private record Run(String text, int size, boolean bold, boolean italic) {
    }

    private static Run run(String text, int size, boolean bold, boolean italic) {
        return new Run(text, size, bold, italic);
    }

    private static void style(XWPFRun run, Run spec) {
        run.setText(spec.text());
        run.setFontFamily(FONT);
        run.setFontSize(spec.size());
        run.setBold(spec.bold());
        run.setItalic(spec.italic());
    }

    private static void paragraph(XWPFDocument doc, ParagraphAlignment alignment, int before, int after, Run spec) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        style(p.createRun(), spec);
    }

    private static void add(XWPFTableCell cell, ParagraphAlignment alignment, Run spec) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        style(p.createRun(), spec);
    }

    private static XWPFParagraph cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment,
            int size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        style(p.createRun(), run(text, size, bold, false));
        return p;
    }

    private static XWPFTable table(XWPFDocument doc, int[] widths, int rows, boolean borders) {
        XWPFTable table = doc.createTable(rows, widths.length);
        if (!borders) {
            table.removeBorders();
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setWidth(String.valueOf(Math.min(TEXT_WIDTH, sum(widths))));
        for (XWPFTableRow row : table.getRows()) {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(String.valueOf(widths[i]));
                row.getCell(i).setVerticalAlignment(borders ? XWPFTableCell.XWPFVertAlign.CENTER
                        : XWPFTableCell.XWPFVertAlign.TOP);
            }
        }
        return table;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static void span(XWPFTableRow row, int column, int span) {
        CTTcPr properties = tcPr(row.getCell(column));
        properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
        for (int i = 1; i < span; i++) {
            row.removeCell(column + 1);
        }
    }

    private static void verticalMerge(XWPFTableCell cell, boolean restart) {
        CTTcPr properties = tcPr(cell);
        properties.addNewVMerge().setVal(restart ? STMerge.RESTART : STMerge.CONTINUE);
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
