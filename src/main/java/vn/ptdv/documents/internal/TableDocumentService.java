package vn.ptdv.documents.internal;

import com.deepoove.poi.data.CellRenderData;
import com.deepoove.poi.data.Cells;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.BorderStyle;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.documents.TableDocuments;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.table.Table;

/** Any report's {@link Table} in the Party document's layout, from the template "report". */
@Service
class TableDocumentService implements TableDocuments {
    private static final String FONT = "Times New Roman";
    /** The text width of A4 with the margins of 36-HD/VPTW, in centimetres. */
    private static final double TEXT_WIDTH_CM = 16.5;

    private final DocumentRenderer renderer;
    private final PartyHeadings headings;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Formats formats;
    private final Messages messages;

    TableDocumentService(DocumentRenderer renderer, PartyHeadings headings, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, Formats formats, Messages messages) {
        this.renderer = renderer;
        this.headings = headings;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.formats = formats;
        this.messages = messages;
    }

    @Override
    @Transactional
    public byte[] pdf(Table table, long organizationId) {
        return render(table, organizationId, DocumentFormat.PDF);
    }

    @Override
    @Transactional
    public byte[] docx(Table table, long organizationId) {
        return render(table, organizationId, DocumentFormat.DOCX);
    }

    private byte[] render(Table table, long organizationId, DocumentFormat format) {
        OrganizationRef organization = organizations.findById(organizationId)
                .orElseThrow(() -> new NotFoundException("org.notFound", organizationId));
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        PartyHeading heading = headings.of(organization, today, table.title());
        Rendered rendered = renderer.render(new TableDocument(table, heading, organizationId), format, today);
        audit.record("DOCUMENT_PRODUCED", "document", "table:" + table.sheetName(), organizationId,
                "format=" + format.extension() + " organization=" + organization.code() + " title=" + table.title());
        return rendered.content();
    }

    /** A cell's value as the page shows it: numbers and dates in the Vietnamese way. */
    String text(Table.Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> DocxPdf.nfc((String) value);
            case INTEGER -> formats.number((Number) value);
            case DECIMAL -> formats.decimal((Number) value);
            case PERCENT -> formats.decimal((Number) value) + " %";
            case DATE -> VietnameseDates.format((LocalDate) value);
        };
    }

    private final class TableDocument implements DocumentData {
        private final Table table;
        private final PartyHeading heading;
        private final long organizationId;

        TableDocument(Table table, PartyHeading heading, long organizationId) {
            this.table = table;
            this.heading = heading;
            this.organizationId = organizationId;
        }

        @Override
        public TemplateKind kind() {
            return TemplateKind.REPORT;
        }

        @Override
        public String title() {
            return heading.title();
        }

        @Override
        public long organizationId() {
            return organizationId;
        }

        @Override
        public String fileName() {
            return table.sheetName();
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new HashMap<>(heading.fields());
            fields.put("subtitle", DocxPdf.nfc(String.join("\n", table.captions())));
            fields.put("table", table(table));
            return fields;
        }
    }

    /**
     * The table for poi-tl: a bold header repeated on every page, text left, figures right; text
     * columns widest, dates wide enough for dd/MM/yyyy.
     */
    private TableRenderData table(Table table) {
        List<Table.Column> columns = table.columns();
        double[] weights = columns.stream().mapToDouble(c -> c.kind() == Table.Kind.TEXT ? 3
                : c.kind() == Table.Kind.DATE ? 2 : 1.3).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        double[] widths = java.util.Arrays.stream(weights).map(w -> w * TEXT_WIDTH_CM / total).toArray();
        Tables.TableBuilder builder = Tables.ofWidth(TEXT_WIDTH_CM, widths).border(BorderStyle.DEFAULT);
        Rows.RowBuilder header = Rows.of().repeatedHeader().verticalCenter();
        for (Table.Column column : columns) {
            header.addCell(cell(column.header(), true, Table.Kind.TEXT, true));
        }
        builder.addRow(header.create());
        if (table.rows().isEmpty()) {
            Rows.RowBuilder none = Rows.of().addCell(cell(messages.text("document.table.empty"), false, Table.Kind.TEXT,
                    false));
            for (int i = 1; i < columns.size(); i++) {
                none.addCell(cell("", false, Table.Kind.TEXT, false));
            }
            builder.addRow(none.create());
        }
        for (List<Object> row : table.rows()) {
            Rows.RowBuilder line = Rows.of();
            for (int i = 0; i < columns.size(); i++) {
                line.addCell(cell(text(columns.get(i), row.get(i)), false, columns.get(i).kind(), false));
            }
            builder.addRow(line.create());
        }
        return builder.create();
    }

    private static CellRenderData cell(String text, boolean bold, Table.Kind kind, boolean centred) {
        var run = Texts.of(DocxPdf.nfc(text)).fontFamily(FONT).fontSize(12);
        if (bold) {
            run.bold();
        }
        Cells.CellBuilder cell = Cells.of(run.create()).verticalCenter();
        if (centred) {
            cell.horizontalCenter();
        } else if (kind != Table.Kind.TEXT) {
            cell.horizontalRight();
        }
        return cell.create();
    }

}
