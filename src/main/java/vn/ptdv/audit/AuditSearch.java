package vn.ptdv.audit;

import java.util.List;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.table.Table;

/**
 * The audit log as administrators (every entry) and organization departments (the entries filed
 * under their subtree) search it, newest first. Anyone else is refused (403); an organization
 * outside the caller's scope or an unknown kind is refused under its field (422).
 */
public interface AuditSearch {
    /** The most entries one export holds; a wider search is refused with the count. */
    int MAX_EXPORT = 100_000;

    /** One page of the entries that match. */
    PageResult<AuditRecord> search(AuditQuery query, int page, int size);

    /** Every entry that matches, as the table the page shows, for an export (at most {@link #MAX_EXPORT}). */
    Table table(AuditQuery query);

    /** The kinds of entries, by their Vietnamese names. */
    List<Kind> kinds();

    /** A kind of entry: its code (e.g. {@code LOGIN_FAILED}) and its Vietnamese name. */
    record Kind(String code, String name) {
    }
}
