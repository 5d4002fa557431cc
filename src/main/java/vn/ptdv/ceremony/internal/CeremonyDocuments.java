package vn.ptdv.ceremony.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.admission.Admissions.CeremonyDossier;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/**
 * The printable documents of a ceremony as tables for the documents module's Party layout: the
 * programme in the order the guidance prescribes (flag salute, opening, reading of the decisions,
 * the oath, the cell's words and the helpers named, the superior's words, closing) with the list of
 * the new members, and the minutes of a held ceremony with who was present or absent.
 */
@Component
class CeremonyDocuments {
    /** The programme's items, as message keys, in the order of the ceremony. */
    static final List<String> PROGRAMME = List.of("ceremony.programme.flag", "ceremony.programme.opening",
            "ceremony.programme.decisions", "ceremony.programme.oath", "ceremony.programme.cell",
            "ceremony.programme.superior", "ceremony.programme.closing");

    private final Messages messages;

    CeremonyDocuments(Messages messages) {
        this.messages = messages;
    }

    Table programme(CeremonyService.Detail detail) {
        CeremonyRow c = detail.ceremony();
        Table.Builder table = Table.builder(messages.text("ceremony.programme.title"), "chuong-trinh-le-ket-nap-" + c.id());
        table.caption(occasion(c));
        table.caption(messages.text("ceremony.programme.order"));
        for (int i = 0; i < PROGRAMME.size(); i++) {
            table.caption((i + 1) + ". " + messages.text(PROGRAMME.get(i)));
        }
        table.caption(messages.text("ceremony.programme.members", detail.lines().size()));
        table.column(Table.Column.integer(messages.text("ceremony.document.number")))
                .column(Table.Column.text(messages.text("dossier.field.personId")))
                .column(Table.Column.text(messages.text("dossier.field.cellCode")))
                .column(Table.Column.date(messages.text("ceremony.document.decisionDate")))
                .column(Table.Column.text(messages.text("ceremony.document.helper")));
        int number = 0;
        for (CeremonyService.Line l : detail.lines()) {
            CeremonyDossier d = l.dossier();
            table.row(++number, d.fullName(), d.cellName(), d.decisionDate(), "");
        }
        return table.build();
    }

    Table minutes(CeremonyService.Detail detail) {
        CeremonyRow c = detail.ceremony();
        long present = detail.lines().stream().filter(l -> l.attendance() == CeremonyRow.Attendance.PRESENT).count();
        Table.Builder table = Table.builder(messages.text("ceremony.minutes.title"), "bien-ban-le-ket-nap-" + c.id());
        table.caption(messages.text("ceremony.minutes.opening", VietnameseDates.format(c.date()), c.place(),
                c.organizationName(), c.anniversaryName() == null ? ""
                        : messages.text("ceremony.minutes.occasion", c.anniversaryName())));
        table.caption(messages.text("ceremony.minutes.order", String.join("; ", PROGRAMME.stream()
                .map(k -> messages.text(k)).toList())));
        table.caption(messages.text("ceremony.minutes.count", present, detail.lines().size() - present));
        table.column(Table.Column.integer(messages.text("ceremony.document.number")))
                .column(Table.Column.text(messages.text("dossier.field.personId")))
                .column(Table.Column.text(messages.text("dossier.field.cellCode")))
                .column(Table.Column.date(messages.text("ceremony.document.decisionDate")))
                .column(Table.Column.text(messages.text("ceremony.status")))
                .column(Table.Column.text(messages.text("ceremony.field.absent.reason")));
        int number = 0;
        for (CeremonyService.Line l : detail.lines()) {
            CeremonyDossier d = l.dossier();
            table.row(++number, d.fullName(), d.cellName(), d.decisionDate(),
                    messages.text(l.attendance().messageKey()), l.absenceReason());
        }
        return table.build();
    }

    private String occasion(CeremonyRow c) {
        LocalDate date = c.date();
        return messages.text("ceremony.programme.when", VietnameseDates.format(date), c.place(), c.organizationName(),
                c.anniversaryName() == null ? "" : messages.text("ceremony.minutes.occasion", c.anniversaryName()));
    }
}
