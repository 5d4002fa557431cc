package vn.ptdv.documents.internal;

import java.util.Map;

/**
 * What one document fills into its template: the kind (which template), the title (also the
 * PDF's title) and every field by its template name. Each form is a template plus one small
 * class implementing this.
 */
interface DocumentData {
    TemplateKind kind();

    String title();

    /** The organization the document is about, for the audit log. */
    long organizationId();

    /** A file name without extension, ASCII. */
    String fileName();

    Map<String, Object> fields();
}
