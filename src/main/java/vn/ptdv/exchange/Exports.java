package vn.ptdv.exchange;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/**
 * The "Xuất Excel" of every list and report: the page's table as a workbook, with who exported it
 * and when under its title, recorded in the audit log (who, what, how many rows).
 */
@Service
public class Exports {
    /** The model attribute of a page's table ({@link PageTable}): the page offers "Xuất Excel", and {@code ?format=xlsx} downloads it. */
    public static final String PAGE_TABLE = "exportTable";

    /**
     * What a list or report page can export: its table, built only when asked for, what it is
     * (named in the audit log), and the organization it is about.
     */
    public record PageTable(java.util.function.Supplier<Table> table, String subject, Long organizationId) {
    }

    /** Offers the page's table for export. */
    public static void offer(org.springframework.ui.Model model, String subject, Long organizationId,
            java.util.function.Supplier<Table> table) {
        model.addAttribute(PAGE_TABLE, new PageTable(table, subject, organizationId));
    }

    /**
     * An API answer: the JSON body, or the table as a workbook when the request asks for one
     * ({@code ?format=xlsx} or the workbook's media type in Accept). One transaction: the export and
     * its audit record are stored together.
     */
    @Transactional
    public ResponseEntity<?> answer(String format, String accept, java.util.function.Supplier<Object> json,
            String subject, Long organizationId, java.util.function.Supplier<Table> table) {
        if (wantsWorkbook(format, accept)) {
            return workbook(table.get(), subject, organizationId);
        }
        java.util.Optional<TableFormat> document = organizationId == null ? java.util.Optional.empty() : format(format);
        if (document.isPresent()) {
            return document(table.get(), organizationId, document.get());
        }
        String asked = format == null ? "" : format.strip();
        if (!asked.isEmpty() && !"json".equalsIgnoreCase(asked)) {
            List<String> known = new ArrayList<>(List.of("json", "xlsx"));
            if (organizationId != null) {
                formats().forEach(f -> known.add(f.code()));
            }
            new vn.ptdv.shared.Problems("export").malformed("format", "export.format.unknown", asked,
                    String.join(", ", known)).throwIfAny();
        }
        return ResponseEntity.ok(json.get());
    }

    private final AuditLog audit;
    private final Messages messages;
    private final java.time.Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<TableFormat> formats;

    Exports(AuditLog audit, Messages messages, java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<TableFormat> formats) {
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.formats = formats;
    }

    /** The formats besides the workbook that tables can be taken out in, in a stable order. */
    public List<TableFormat> formats() {
        return formats.orderedStream().toList();
    }

    /** The format that {@code ?format=} names, if any. */
    public java.util.Optional<TableFormat> format(String code) {
        String wanted = code == null ? "" : code.strip();
        return formats.orderedStream().filter(f -> f.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The table as a document of the format, issued by the organization (audited by the format). */
    @Transactional
    public ResponseEntity<byte[]> document(Table table, long organizationId, TableFormat format) {
        byte[] content = format.write(table, organizationId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                        + Workbooks.fileName(table.title(), format.code()) + "\"")
                .contentType(MediaType.parseMediaType(format.mediaType())).body(content);
    }

    /** Whether a request asks for a workbook: {@code ?format=xlsx} or the workbook's media type in Accept. */
    public static boolean wantsWorkbook(String format, String accept) {
        return "xlsx".equalsIgnoreCase(format == null ? "" : format.strip())
                || accept != null && accept.contains(Workbooks.MEDIA_TYPE);
    }

    /** The table as a workbook download; {@code subject} names what was exported in the audit log. */
    @Transactional
    public ResponseEntity<byte[]> workbook(Table table, String subject, Long organizationId) {
        List<String> captions = new ArrayList<>(table.captions());
        captions.add(messages.text("export.exportedOn", VietnameseDates.format(java.time.LocalDate.now(clock)),
                CurrentUser.require().fullName()));
        Table stamped = new Table(table.title(), table.sheetName(), captions, table.columns(), table.rows());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(stamped, out);
        audit.record("EXPORT", "export", subject, organizationId,
                "format=xlsx; rows=" + table.rows().size());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + Workbooks.fileName(table.title())
                        + "\"")
                .contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE)).body(out.toByteArray());
    }
}
