package vn.ptdv.ceremony.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ptdv.documents.TableDocuments;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.table.Table;

/**
 * The programme and the minutes of a ceremony as Word or PDF in the Party document's layout,
 * issued by the host organization (its scope checked by the documents module), from pages and the API.
 */
@Controller
class CeremonyDocumentController {
    static final MediaType DOCX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    enum Format {
        PDF,
        DOCX
    }

    private final CeremonyService ceremonies;
    private final CeremonyDocuments documents;
    private final TableDocuments tables;

    CeremonyDocumentController(CeremonyService ceremonies, CeremonyDocuments documents, TableDocuments tables) {
        this.ceremonies = ceremonies;
        this.documents = documents;
        this.tables = tables;
    }

    @GetMapping({"/ceremonies/{id}/programme", "/api/v1/ceremonies/{id}/programme"})
    ResponseEntity<byte[]> programme(@PathVariable long id, @RequestParam(required = false) String format) {
        Format f = format(format);
        CeremonyService.Detail detail = ceremonies.detail(id);
        return download(documents.programme(detail), detail.ceremony(), f);
    }

    @GetMapping({"/ceremonies/{id}/minutes", "/api/v1/ceremonies/{id}/minutes"})
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(required = false) String format) {
        Format f = format(format);
        CeremonyService.Detail detail = ceremonies.detail(id);
        if (detail.ceremony().status() != CeremonyRow.Status.HELD) {
            new Problems("ceremony").refuse("status", "ceremony.minutes.notHeld").throwIfAny();
        }
        return download(documents.minutes(detail), detail.ceremony(), f);
    }

    private static Format format(String format) {
        Problems problems = new Problems("document");
        Format f = problems.oneOf("format", Problems.optional(format) == null ? "PDF"
                : format.strip().toUpperCase(java.util.Locale.ROOT), Format.class, true);
        problems.throwIfAny();
        return f;
    }

    private ResponseEntity<byte[]> download(Table table, CeremonyRow ceremony, Format format) {
        byte[] content = format == Format.PDF ? tables.pdf(table, ceremony.organizationId())
                : tables.docx(table, ceremony.organizationId());
        String file = table.sheetName() + (format == Format.PDF ? ".pdf" : ".docx");
        return ResponseEntity.ok()
                .contentType(format == Format.PDF ? MediaType.APPLICATION_PDF : DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
