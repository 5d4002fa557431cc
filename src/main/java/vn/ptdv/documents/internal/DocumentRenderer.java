package vn.ptdv.documents.internal;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import vn.ptdv.shared.Problems;

/**
 * Fills the template in force on the document's day and returns it as Word or as PDF: both from
 * the same filled document, so that an administrator's changed template shows in both.
 */
@Component
class DocumentRenderer {
    private final TemplateService templates;

    DocumentRenderer(TemplateService templates) {
        this.templates = templates;
    }

    Rendered render(DocumentData data, DocumentFormat format, LocalDate day) {
        TemplateService.Template template = templates.inForce(data.kind(), day);
        XWPFDocument filled;
        try {
            filled = WordTemplates.fill(template.content(), data.kind(), data.fields());
        } catch (WordTemplates.Unreadable e) {
            new Problems("document").refuse("template", "document.template.unreadable").throwIfAny();
            throw e;
        }
        byte[] content = switch (format) {
            case DOCX -> WordTemplates.bytes(filled);
            case PDF -> DocxPdf.render(filled, data.title());
            case XLSX -> throw new IllegalArgumentException("a Word template gives no workbook");
        };
        return new Rendered(content, data.fileName() + "." + format.extension(), format.contentType());
    }
}
