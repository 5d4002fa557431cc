package vn.ptdv.documents.internal;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.template.BlockTemplate;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word templates with poi-tl: the names a template uses, and the template filled in. poi-tl finds
 * a {@code {{field}}} even where Word split it over several runs while the template was edited,
 * and repeats a table row per line with the row's own formatting.
 */
final class WordTemplates {
    private static final Pattern COLUMN = Pattern.compile("\\[([^\\[\\]]+)]");

    private WordTemplates() {
    }

    /** A .docx that cannot be read as a Word document (or a template poi-tl cannot parse). */
    static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super(cause);
        }
    }

    /** The names the template uses: fields outside repeated rows, then the columns of repeated rows. */
    record Names(Set<String> fields, Set<String> columns) {
    }

    static Names names(byte[] docx, TemplateKind kind) {
        try (XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(docx), configure(kind))) {
            Set<String> fields = new LinkedHashSet<>();
            collect(template.getElementTemplates(), fields);
            Set<String> columns = new LinkedHashSet<>();
            for (XWPFTable table : template.getXWPFDocument().getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    String first = row.getTableCells().isEmpty() ? "" : row.getCell(0).getText();
                    if (kind.loops().keySet().stream().anyMatch(loop -> first.contains("{{" + loop + "}}"))) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            Matcher matcher = COLUMN.matcher(cell.getText());
                            while (matcher.find()) {
                                columns.add(matcher.group(1).strip());
                            }
                        }
                    }
                }
            }
            return new Names(fields, columns);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e);
        }
    }

    private static void collect(List<MetaTemplate> templates, Set<String> into) {
        for (MetaTemplate template : templates) {
            if (template instanceof ElementTemplate element) {
                into.add(element.getTagName());
            } else if (template instanceof BlockTemplate block) {
                into.add(block.getStartMark().getTagName());
                collect(block.getTemplates(), into);
            }
        }
    }

    /** The template with its fields filled in (every text NFC), as a Word document to save or lay out as PDF. */
    static XWPFDocument fill(byte[] docx, TemplateKind kind, Map<String, Object> data) {
        try {
            XWPFTemplate template = XWPFTemplate.compile(new ByteArrayInputStream(docx), configure(kind)).render(data);
            return template.getXWPFDocument();
        } catch (RuntimeException e) {
            throw new Unreadable(e);
        }
    }

    static byte[] bytes(XWPFDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Configure configure(TemplateKind kind) {
        ConfigureBuilder builder = Configure.builder();
        for (String loop : kind.loops().keySet()) {
            builder.bind(loop, new LoopRowTableRenderPolicy(true));
        }
        return builder.build();
    }
}
