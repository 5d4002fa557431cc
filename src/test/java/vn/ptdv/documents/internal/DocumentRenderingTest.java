package vn.ptdv.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Problems;

/**
 * The built-in templates filled in and laid out as PDF, without Spring: the Vietnamese title,
 * names and figures read back from the .docx (POI) and the PDF (PDFBox), every character has a
 * glyph in the embedded Liberation Serif, and the pages render.
 */
class DocumentRenderingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    /** Every letter with a Vietnamese diacritic, upper and lower case, typed decomposed (NFD) on purpose. */
    private static final String DIACRITICS = Normalizer.normalize(
            "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ "
                    + "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
            Normalizer.Form.NFD);

    private static PartyHeading heading(String title) {
        OrganizationRef commune = new OrganizationRef(5, "X-HA", "Đảng bộ xã Hòa An", OrganizationType.GRASSROOTS_COMMITTEE,
                null, null);
        return PartyHeading.of(commune, commune.name(), List.of(new OrganizationRef(1, "H-DA", "Đảng bộ huyện Đông Anh",
                OrganizationType.DIRECT_SUBORDINATE, null, null)), "Đảng bộ huyện Đông Anh", DAY, title,
                "- Ban Tổ chức Huyện ủy;");
    }

    private static Map<String, Object> statistics() {
        Map<String, Object> fields = new HashMap<>(heading("Báo cáo tăng, giảm đảng viên").fields());
        fields.put("subtitle", "Từ ngày 01/01/2026 đến ngày 16/11/2026");
        fields.put("comparison", "Cùng kỳ năm trước: từ ngày 01/01/2025 đến ngày 16/11/2025");
        fields.put("unit", "đảng viên");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(Map.of("number", "1", "label", "Đảng viên đầu kỳ", "current", "1.234", "previous", "1.200",
                "ratio", "102,83"));
        rows.add(Map.of("number", "2", "label", DIACRITICS, "current", "56", "previous", "0", "ratio", ""));
        fields.put("rows", rows);
        return fields;
    }

    private static Map<String, Object> register() {
        Map<String, Object> fields = new HashMap<>(heading("Sổ đảng viên dự bị").fields());
        fields.put("organizationName", "Đảng bộ xã Hòa An");
        fields.put("subtitle", "");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(Map.of("number", String.valueOf(i), "fullName", "Nguyễn Thị Hường " + i, "birthDate", "02/09/2000",
                    "backgroundNumber", "", "cellName", "Chi bộ thôn Đoài", "admittedOn", "19/05/2025", "note",
                    i % 7 == 0 ? "Từ trần ngày 01/08/2025" : "Chính thức ngày 19/05/2026"));
        }
        fields.put("rows", rows);
        return fields;
    }

    private static String docxText(XWPFDocument document) throws Exception {
        XWPFDocument copy = new XWPFDocument(new ByteArrayInputStream(WordTemplates.bytes(document)));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(copy)) {
            return extractor.getText();
        }
    }

    @Test
    void aStatisticalTableReadsBackFromWordAndPdfWithItsTitleAndFigures() throws Exception {
        XWPFDocument filled = WordTemplates.fill(TemplateService.builtIn(TemplateKind.STATISTICS),
                TemplateKind.STATISTICS, statistics());
        assertThat(docxText(filled)).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ HUYỆN ĐÔNG ANH", "ĐẢNG ỦY XÃ HÒA AN",
                "BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "ngày 16 tháng 11 năm 2026", "Đảng viên đầu kỳ", "1.234", "102,83",
                "T/M ĐẢNG ỦY", "-BC/ĐU");
        byte[] pdf = DocxPdf.render(filled, "Báo cáo");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO TĂNG, GIẢM ĐẢNG VIÊN", "Đảng viên đầu kỳ",
                    "1.234", "102,83", Normalizer.normalize(DIACRITICS, Normalizer.Form.NFC));
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void everyCharacterOfThePdfHasAGlyphInTheEmbeddedFontAndThePagesRender() throws Exception {
        XWPFDocument filled = WordTemplates.fill(TemplateService.builtIn(TemplateKind.REGISTER_18_KND),
                TemplateKind.REGISTER_18_KND, register());
        byte[] pdf = DocxPdf.render(filled, "Sổ đảng viên dự bị");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("sixty lines fill more than one page").isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                }
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SỔ ĐẢNG VIÊN DỰ BỊ", "Nguyễn Thị Hường 60", "Từ trần ngày 01/08/2025")
                    .doesNotContain("?");
            for (PdfFonts.Style style : PdfFonts.Style.values()) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.file(style)));
                var cmap = font.getUnicodeCmapLookup();
                text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> assertThat(
                        cmap.getGlyphId(cp)).as("glyph of U+%04X in %s", cp, style).isNotZero());
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 50);
                assertThat(darkPixels(image)).as("page %d has ink", i + 1).isGreaterThan(500);
            }
        }
    }

    @Test
    void theDiacriticsComeOutComposedWhateverFormTheyWereTypedIn() throws Exception {
        XWPFDocument filled = WordTemplates.fill(TemplateService.builtIn(TemplateKind.STATISTICS),
                TemplateKind.STATISTICS, statistics());
        try (PDDocument document = Loader.loadPDF(DocxPdf.render(filled, "x"))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        }
    }

    @Test
    void theBuiltInTemplatesNameOnlyTheFieldsTheirDocumentsFill() {
        for (TemplateKind kind : TemplateKind.values()) {
            Problems problems = new Problems("document");
            assertThat(TemplateService.unknownFields(kind, TemplateService.builtIn(kind), problems)).isEmpty();
            assertThat(problems.isEmpty()).isTrue();
            WordTemplates.Names names = WordTemplates.names(TemplateService.builtIn(kind), kind);
            assertThat(names.fields()).containsAll(TemplateKind.LAYOUT_FIELDS.stream()
                    .filter(f -> kind != TemplateKind.REGISTER_18_KND || !f.equals("documentNumber")).toList());
            assertThat(names.columns()).containsExactlyInAnyOrderElementsOf(kind.loops().values().stream()
                    .flatMap(List::stream).toList());
        }
    }

    @Test
    void aTemplateWithAnUnknownFieldOrNoWordDocumentIsNamedAsSuch() throws Exception {
        byte[] changed = vn.ptdv.documents.DocumentFiles.withLine(TemplateService.builtIn(TemplateKind.STATISTICS),
                "Người lập: {{preparedBy}} — {{signerName}}");
        Problems problems = new Problems("document");
        assertThat(TemplateService.unknownFields(TemplateKind.STATISTICS, changed, problems)).containsExactly(
                "preparedBy");
        assertThat(TemplateService.unknownFields(TemplateKind.STATISTICS, "không phải Word".getBytes(), problems))
                .isEmpty();
        assertThat(problems.list()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.messageKey()).isEqualTo("document.template.unreadable");
        });
        assertThatThrownBy(() -> WordTemplates.fill("x".getBytes(), TemplateKind.STATISTICS, Map.of()))
                .isInstanceOf(WordTemplates.Unreadable.class);
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
