package vn.ptdv.training.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/**
 * The classes of a period and the participants of a class as workbooks: every class of the
 * period, not only the page on screen; the participants with their results and certificates, as
 * the printed list shows them (national ID numbers in full for roles that may change data).
 */
@Component
class ClassExport {
    private final ClassStore store;
    private final AccessScope scope;
    private final Messages messages;

    ClassExport(ClassStore store, AccessScope scope, Messages messages) {
        this.store = store;
        this.scope = scope;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Table classes(TrainingPeriods.Period period, String participant) {
        Table.Builder table = Table.builder(messages.text("class.export.title", period.organization().name(),
                VietnameseDates.format(period.from()), VietnameseDates.format(period.to())),
                messages.text("class.export.sheet"))
                .caption(messages.text("class.export.caption", period.organization().code()))
                .column(Column.text(messages.text("class.field.name")))
                .column(Column.text(messages.text("class.field.organizerCode")))
                .column(Column.date(messages.text("class.field.startDate")))
                .column(Column.date(messages.text("class.field.endDate")))
                .column(Column.text(messages.text("class.field.place")))
                .column(Column.integer(messages.text("class.list.participants")))
                .column(Column.integer(messages.text("class.list.completed")));
        for (ClassRow c : store.all(period.subtree(), period.from(), period.to(), participant)) {
            table.row(c.name(), c.organizerName(), c.startDate(), c.endDate(), c.place(), c.participants(),
                    c.completed());
        }
        return table.build();
    }

    @Transactional(readOnly = true)
    Table participants(ClassRow cls) {
        Table.Builder table = Table.builder(messages.text("class.print.title", cls.name()),
                messages.text("class.export.participantsSheet"))
                .caption(messages.text("class.details.summary", cls.organizerName(),
                        VietnameseDates.format(cls.startDate()), VietnameseDates.format(cls.endDate()),
                        cls.place() == null ? "" : cls.place()))
                .column(Column.integer(messages.text("class.print.number")))
                .column(Column.text(messages.text("person.field.fullName")))
                .column(Column.date(messages.text("person.field.birthDate")))
                .column(Column.text(messages.text("person.field.nationalId")))
                .column(Column.text(messages.text("person.field.residenceOrganizationCode")))
                .column(Column.text(messages.text("class.print.result")))
                .column(Column.text(messages.text("participant.field.certificateNumber")))
                .column(Column.date(messages.text("participant.field.certificateDate")));
        boolean full = scope.user().role().canWrite();
        int number = 0;
        for (ParticipantRow p : store.participants(cls.id())) {
            table.row(++number, p.fullName(), p.birthDate(), full ? p.nationalId() : p.maskedNationalId(),
                    p.residenceName(), messages.text(p.completed() ? "class.print.completed" : "class.print.notCompleted"),
                    p.certificateNumber(), p.certificateDate());
        }
        return table.build();
    }
}
