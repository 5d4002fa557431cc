package vn.ptdv.documents.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A produced file as the answer to a download, for pages and the API alike. */
final class Downloads {
    private Downloads() {
    }

    /** A template as an administrator downloads it to edit in Word. */
    static ResponseEntity<byte[]> of(TemplateService.Template template) {
        return of(new Rendered(template.content(), template.fileName(), DocumentFormat.DOCX.contentType()));
    }

    static ResponseEntity<byte[]> of(Rendered file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
