package vn.ptdv.exchange;

import vn.ptdv.shared.table.Table;

/**
 * A format besides the workbook that a page's or an API's table can be taken out in, asked for
 * with {@code ?format=<code>}: the documents module contributes the PDF to sign and the editable
 * Word document in the layout of a Party document. Writing one checks the organization against
 * the user's scope and records it in the audit log.
 */
public interface TableFormat {

    /** The value of {@code format} that asks for it, e.g. {@code pdf}. */
    String code();

    /** The media type of the file. */
    String mediaType();

    /** The message key of the page's link to it. */
    String labelKey();

    /** The table as a file issued by the organization. */
    byte[] write(Table table, long organizationId);
}
