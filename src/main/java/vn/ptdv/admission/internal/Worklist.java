package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/** What needs attention: the dossiers of an organization's cells by next step, owner and due date. */
@Component
class Worklist {
    private final DossierStore store;
    private final AccessScope scope;
    private final Messages messages;
    private final OrganizationDirectory organizations;

    Worklist(DossierStore store, AccessScope scope, Messages messages, OrganizationDirectory organizations) {
        this.organizations = organizations;
        this.store = store;
        this.scope = scope;
        this.messages = messages;
    }

    /**
     * A line of the worklist; {@code attention} says why it needs attention today, if it does;
     * {@code cellPath} tells same-named cells apart ("Chi bộ Trạm Y tế — P. Tân Thành"); while a next
     * step is awaited, {@code inStepSince} is the day the dossier reached it and {@code daysInStep} the
     * days since.
     */
    record Item(long id, long personId, String fullName, String cellCode, String cellName, DossierState state,
            String stateName, StepCode nextStep, String nextStepName, String nextStepOwner, LocalDate dueDate,
            boolean overdue, List<Attention> attention, String cellPath, LocalDate inStepSince, Long daysInStep) {
    }

    record Attention(String ruleId, String message) {
    }

    record Summary(Map<DossierState, Long> byState, long open, long attention) {
    }

    @Transactional(readOnly = true)
    PageResult<Item> page(OrganizationRef organization, DossierState state, boolean attention, String name, int page,
            int size) {
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        PageResult<DossierStore.Listed> rows = store.page(subtree(organization),
                new DossierStore.Filter(state, attention, today, name), page, size);
        Map<Long, String> paths = organizations.paths(rows.items().stream().map(l -> l.row().cellId()).toList());
        return rows.map(listed -> item(listed.row(), today, paths, listed.inStepSince()));
    }

    /** The worklist with these filters as a workbook: every dossier, not only the page on screen. */
    @Transactional(readOnly = true)
    Table table(OrganizationRef organization, DossierState state, boolean attention, String name) {
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        Table.Builder table = Table.builder(messages.text("worklist.title", organization.name()),
                messages.text("worklist.export.sheet"))
                .caption(messages.text("worklist.export.caption", organization.code(), VietnameseDates.format(today),
                        state == null ? messages.text("worklist.openOnly") : messages.text(state.messageKey())))
                .column(Column.text(messages.text("person.field.fullName")))
                .column(Column.text(messages.text("dossier.field.cellCode")))
                .column(Column.text(messages.text("dossier.field.state")))
                .column(Column.text(messages.text("worklist.next")))
                .column(Column.text(messages.text("worklist.owner")))
                .column(Column.date(messages.text("worklist.due")))
                .column(Column.text(messages.text("worklist.overdue")))
                .column(Column.text(messages.text("worklist.attention")));
        if (attention) {
            table.caption(messages.text("worklist.attentionOnly"));
        }
        List<DossierRow> rows = store.all(subtree(organization), new DossierStore.Filter(state, attention, today, name));
        Map<Long, String> paths = organizations.paths(rows.stream().map(DossierRow::cellId).toList());
        for (DossierRow row : rows) {
            Item item = item(row, today, paths, null);
            table.row(item.fullName(), item.cellPath(), item.stateName(), item.nextStepName(), item.nextStepOwner(),
                    item.dueDate(), item.overdue() ? messages.text("worklist.overdue") : null,
                    item.attention().isEmpty() ? null
                            : String.join("; ", item.attention().stream().map(Attention::message).toList()));
        }
        return table.build();
    }

    @Transactional(readOnly = true)
    Summary summary(OrganizationRef organization) {
        SubtreeSql subtree = subtree(organization);
        Map<DossierState, Long> byState = store.countByState(subtree);
        long open = byState.entrySet().stream().filter(e -> e.getKey().open()).mapToLong(Map.Entry::getValue).sum();
        return new Summary(byState, open, store.attentionCount(subtree, scope.today()));
    }

    private SubtreeSql subtree(OrganizationRef organization) {
        return SubtreeSql.of(List.of(organization.id()), Structure.CURRENT, scope.today());
    }

    private Item item(DossierRow row, LocalDate today, Map<Long, String> paths, LocalDate reachedOn) {
        boolean overdue = row.dueDate() != null && today.isAfter(row.dueDate()) && row.state().open()
                && row.state() != DossierState.STOPPED;
        StepCode next = row.nextStep();
        boolean waiting = next != null && reachedOn != null && row.state().open();
        return new Item(row.id(), row.personId(), row.fullName(), row.cellCode(), row.cellName(), row.state(),
                messages.text(row.state().messageKey()), next, next == null ? null : messages.text(next.messageKey()),
                next == null ? null : messages.text(next.ownerKey()), row.dueDate(), overdue,
                Schedule.reasons(row, today).stream()
                        .map(r -> new Attention(r.ruleId(), messages.text(r.messageKey(), r.args().toArray())))
                        .toList(), paths.getOrDefault(row.cellId(), row.cellName()),
                waiting ? reachedOn : null, waiting ? ChronoUnit.DAYS.between(reachedOn, today) : null);
    }
}
