package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/**
 * Produces the documents a user downloads — the statistical tables as Word, PDF or Excel, the
 * register of probationary members as Word or PDF — dated today, and records each in the audit
 * log: who, which document, which organization.
 */
@Service
class DocumentService {
    private final StatisticsService statistics;
    private final StatisticsStore store;
    private final DocumentRenderer renderer;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Messages messages;
    private final Formats formats;
    private final PartyHeadings headings;

    DocumentService(StatisticsService statistics, StatisticsStore store, DocumentRenderer renderer,
            OrganizationDirectory organizations, AccessScope scope, AuditLog audit, Messages messages, Formats formats,
            PartyHeadings headings) {
        this.headings = headings;
        this.statistics = statistics;
        this.store = store;
        this.renderer = renderer;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
        this.formats = formats;
    }

    @Transactional
    Rendered statistics(StatisticsTable table, StatisticsService.Period period, DocumentFormat format) {
        StatisticsReport report = statistics.report(table, period);
        LocalDate today = scope.today();
        PartyHeading heading = heading(report.organization(), today, messages.text(table.titleKey()));
        String file = "thong-ke-" + table.code() + "-" + report.organization().code() + "-" + report.to();
        Rendered rendered = format == DocumentFormat.XLSX
                ? new Rendered(StatisticsWorkbook.write(report, heading, subtitle(report), comparison(report),
                        this::label), file + ".xlsx", DocumentFormat.XLSX.contentType())
                : renderer.render(new StatisticsDocument(report, heading, file), format, today);
        record(table.code(), report.organization(), format, "from=" + report.from() + " to=" + report.to());
        return rendered;
    }

    /** The register of probationary members (18-KNĐ) of the organization: everyone admitted there, in the period if one is given. */
    @Transactional
    Rendered register(DocumentForms.PeriodRequest request, DocumentFormat format) {
        OrganizationRef organization = organizations.requireVisibleOrHome(request.organizationCode());
        LocalDate today = scope.today();
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, today);
        List<StatisticsStore.Admission> admissions = store.admissions(subtree, request.from(), request.to());
        PartyHeading heading = heading(organization, today, messages.text("document.register.title"));
        String subtitle = request.from() == null && request.to() == null ? ""
                : messages.text("document.register.period", dateOrBlank(request.from()), dateOrBlank(request.to()));
        RegisterDocument data = new RegisterDocument(organization, organizations.nameOn(organization.id(), today),
                heading, subtitle, admissions, this::note, "so-dang-vien-du-bi-" + organization.code() + "-" + today);
        Rendered rendered = renderer.render(data, format, today);
        record("18-KND", organization, format, "members=" + admissions.size());
        return rendered;
    }

    /**
     * The register of probationary members as a page and its export show it: the same lines as
     * 18-KNĐ — the background number is not kept in ptdv and its column stays empty to fill in.
     */
    @Transactional(readOnly = true)
    Table registerTable(DocumentForms.PeriodRequest request) {
        OrganizationRef organization = organizations.requireVisibleOrHome(request.organizationCode());
        LocalDate today = scope.today();
        SubtreeSql subtree = SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, today);
        Table.Builder table = Table.builder(messages.text("document.register.page.title",
                organizations.nameOn(organization.id(), today)), "so-dang-vien-du-bi-" + organization.code());
        if (request.from() != null || request.to() != null) {
            table.caption(messages.text("document.register.period", dateOrBlank(request.from()),
                    dateOrBlank(request.to())));
        }
        table.column(Table.Column.integer(messages.text("document.register.column.number")))
                .column(Table.Column.text(messages.text("document.register.column.fullName")))
                .column(Table.Column.date(messages.text("document.register.column.birthDate")))
                .column(Table.Column.text(messages.text("document.register.column.backgroundNumber")))
                .column(Table.Column.text(messages.text("document.register.column.cellName")))
                .column(Table.Column.date(messages.text("document.register.column.admittedOn")))
                .column(Table.Column.text(messages.text("document.register.column.note")));
        int number = 0;
        for (StatisticsStore.Admission a : store.admissions(subtree, request.from(), request.to())) {
            table.row(++number, a.fullName(), a.birthDate(), null, a.cellName(), a.admittedOn(), note(a));
        }
        return table.build();
    }

    private void record(String document, OrganizationRef organization, DocumentFormat format, String details) {
        audit.record("DOCUMENT_PRODUCED", "document", document, organization.id(),
                "format=" + format.extension() + " organization=" + organization.code() + " " + details);
    }

    private PartyHeading heading(OrganizationRef organization, LocalDate day, String title) {
        return headings.of(organization, day, title);
    }

    String subtitle(StatisticsReport report) {
        return messages.text("statistics.period", VietnameseDates.format(report.from()),
                VietnameseDates.format(report.to()), report.organizationName());
    }

    String comparison(StatisticsReport report) {
        return messages.text("statistics.comparison", VietnameseDates.format(report.previousFrom()),
                VietnameseDates.format(report.previousTo()));
    }

    String label(StatisticsLine line) {
        return messages.text(line.labelKey());
    }

    private String note(StatisticsStore.Admission a) {
        List<String> notes = new ArrayList<>();
        if (a.officialOn() != null && (a.endedOn() == null || a.officialOn().isBefore(a.endedOn()))) {
            notes.add(messages.text("document.register.official", VietnameseDates.format(a.officialOn())));
        }
        if (a.endedOn() != null) {
            String reason = a.endReason() == null ? "document.register.ended" : "document.register." + a.endReason();
            notes.add(messages.text(reason, VietnameseDates.format(a.endedOn())));
        }
        return String.join("; ", notes);
    }

    private static String dateOrBlank(LocalDate date) {
        return date == null ? PartyHeading.BLANK : VietnameseDates.format(date);
    }

    /** A statistical table in the shared layout of the template "statistics". */
    private final class StatisticsDocument implements DocumentData {
        private final StatisticsReport report;
        private final PartyHeading heading;
        private final String fileName;

        StatisticsDocument(StatisticsReport report, PartyHeading heading, String fileName) {
            this.report = report;
            this.heading = heading;
            this.fileName = fileName;
        }

        @Override
        public TemplateKind kind() {
            return TemplateKind.STATISTICS;
        }

        @Override
        public String title() {
            return heading.title();
        }

        @Override
        public long organizationId() {
            return report.organization().id();
        }

        @Override
        public String fileName() {
            return fileName;
        }

        @Override
        public Map<String, Object> fields() {
            Map<String, Object> fields = new HashMap<>(heading.fields());
            fields.put("subtitle", DocxPdf.nfc(subtitle(report)));
            fields.put("comparison", DocxPdf.nfc(comparison(report)));
            fields.put("unit", messages.text("statistics.unit"));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (StatisticsLine line : report.lines()) {
                Map<String, Object> row = new HashMap<>();
                row.put("number", line.number());
                row.put("label", DocxPdf.nfc((line.sub() ? "- " : "") + label(line)));
                row.put("current", formats.number(line.current()));
                row.put("previous", formats.number(line.previous()));
                row.put("ratio", formats.decimal(line.ratio()));
                rows.add(row);
            }
            fields.put("rows", rows);
            return fields;
        }
    }
}
