package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/**
 * The pool list as a workbook: every entry the page lists with its filters, not only the page on
 * screen, with the milestones the page shows on each entry's own page. National ID numbers are
 * written in full for roles that may change data, masked for viewers, as on the page.
 */
@Component
class ProspectExport {
    private static final java.util.Set<String> DATES = java.util.Set.of("person.field.birthDate",
            "prospect.field.since", "pool.export.attendedOn", "pool.export.appliedOn", "pool.export.leftOn");

    private final ProspectStore store;
    private final AccessScope scope;
    private final Messages messages;

    ProspectExport(ProspectStore store, AccessScope scope, Messages messages) {
        this.store = store;
        this.scope = scope;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Table table(OrganizationRef organization, LocalDate date, ProspectStore.Filter filter) {
        Table.Builder table = Table.builder(messages.text("pool.export.title", organization.name(),
                VietnameseDates.format(date)), messages.text("pool.export.sheet"));
        table.caption(messages.text("pool.export.caption", organization.code()));
        List<String> filters = new ArrayList<>();
        filters.add(filter.status() == null ? messages.text("pool.activeOnly")
                : messages.text(filter.status().messageKey()));
        if (filter.category() != null) {
            filters.add(messages.text(filter.category().messageKey()));
        }
        if (filter.channel() != null) {
            filters.add(messages.text(filter.channel().messageKey()));
        }
        if (filter.withoutMentor()) {
            filters.add(messages.text("pool.withoutMentor"));
        }
        table.caption(messages.text("member.export.filters", String.join(", ", filters)));
        for (String key : List.of("person.field.fullName", "person.field.birthDate", "person.field.nationalId",
                "prospect.field.organizationCode", "pool.export.organizationName", "prospect.field.since",
                "prospect.field.channel", "prospect.field.categories", "prospect.field.mentorMemberId",
                "prospect.field.introducedByMemberId", "prospect.field.status", "pool.export.attendedOn",
                "pool.export.appliedOn", "pool.export.leftOn", "prospect.field.leftReason")) {
            String header = messages.text(key);
            table.column(DATES.contains(key) ? Column.date(header) : Column.text(header));
        }
        boolean full = scope.user().role().canWrite();
        for (ProspectRow r : store.all(SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, date), date,
                filter)) {
            table.row(r.fullName(), r.birthDate(), full ? r.nationalId() : r.maskedNationalId(),
                    r.organizationCode(), r.organizationName(), r.since(), messages.text(r.channel().messageKey()),
                    r.categories().stream().map(c -> messages.text(c.messageKey())).collect(Collectors.joining("; ")),
                    r.mentorName(), r.introducerName(), messages.text(r.status().messageKey()), r.attendedOn(),
                    r.appliedOn(), r.leftOn(), r.leftReason());
        }
        return table.build();
    }
}
