package vn.ptdv.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The serif font of every PDF: Liberation Serif 2 (SIL Open Font License 1.1, metric-compatible
 * with Times New Roman, which the .docx names), bundled in the jar so that a document never
 * depends on the fonts of the server. Subsets are embedded in each PDF.
 */
final class PdfFonts {
    enum Style {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }

        static Style of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }

        /** The font file, as it lies in the jar. */
        String resource() {
            return "/documents/fonts/" + file;
        }
    }

    private static final Map<Style, byte[]> FILES = new EnumMap<>(Style.class);

    static {
        for (Style style : Style.values()) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(style.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the jar: " + style.resource());
                }
                FILES.put(style, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final PDDocument document;
    private final Map<Style, PDType0Font> loaded = new EnumMap<>(Style.class);

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font font(Style style) {
        return loaded.computeIfAbsent(style, s -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(FILES.get(s)), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The bytes of a font file, for checks of its glyphs. */
    static byte[] file(Style style) {
        return FILES.get(style).clone();
    }
}
