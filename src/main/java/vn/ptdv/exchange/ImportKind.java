package vn.ptdv.exchange;

import java.util.List;

/**
 * A kind of record that can be imported from a spreadsheet (organizations, members, prospects,
 * class participants, targets): its code in the API, its Vietnamese name and sheet, its columns,
 * and the batch that checks and stores one file, as the signed-in user.
 */
public interface ImportKind {

    /** The code of the API path: {@code members} in {@code /api/v1/imports/members}. */
    String code();

    /** Its name for the pages ("Đảng viên"). */
    String title();

    /** The sheet the template names and an import reads (the first sheet when none has that name). */
    String sheetName();

    /** What the template's explanation sheet says of the kind as a whole. */
    String explanation();

    List<ImportColumn> columns();

    /** A batch for one file, checked and stored as the signed-in user. */
    ImportBatch begin();
}
