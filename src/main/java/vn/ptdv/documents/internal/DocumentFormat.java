package vn.ptdv.documents.internal;

/** The files ptdv produces: editable Word, PDF to print, and Excel for the statistical tables. */
enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    DocumentFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
