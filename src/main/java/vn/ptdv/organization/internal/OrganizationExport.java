package vn.ptdv.organization.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/**
 * An organization's subtree as a workbook in the columns of the organizations import, parents
 * before their children: the export is a valid import, and importing it again changes nothing.
 */
@Component
class OrganizationExport {
    private final TreeReader reader;
    private final OrganizationImport kind;
    private final Messages messages;

    OrganizationExport(TreeReader reader, OrganizationImport kind, Messages messages) {
        this.reader = reader;
        this.kind = kind;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Table table(OrganizationRow root, LocalDate date) {
        Table.Builder table = Table.builder(messages.text("org.export.title", root.name(), VietnameseDates.format(date)),
                kind.sheetName()).caption(messages.text("org.export.caption", root.code()));
        for (ImportColumn column : kind.columns()) {
            table.column("establishedOn".equals(column.field()) ? Table.Column.date(column.header())
                    : Table.Column.text(column.header()));
        }
        for (TreeReader.SubtreeRow line : reader.wholeSubtree(root.id(), date)) {
            OrganizationRow o = line.organization();
            table.row(o.code(), o.name(), messages.text(o.type().messageKey()), line.parentCode(),
                    o.cellKind() == null ? null : messages.text(o.cellKind().messageKey()), o.establishedOn());
        }
        return table.build();
    }

}
