package vn.ptdv.documents;

import vn.ptdv.shared.table.Table;

/**
 * A report's table as a Party document to sign and send up: the layout of Hướng dẫn 36-HD/VPTW
 * (the superior and the issuing organization, "ĐẢNG CỘNG SẢN VIỆT NAM", the place and date line,
 * the title, the table, the recipients and the signature block) around the table's title,
 * captions and rows, from the template "report" that administrators may change. The
 * organization must be in the signed-in user's scope; every document is audited.
 */
public interface TableDocuments {

    /** The table as an A4 PDF with the bundled serif font, issued by the organization and dated today. */
    byte[] pdf(Table table, long organizationId);

    /** The same document as editable Word (.docx). */
    byte[] docx(Table table, long organizationId);
}
