package vn.ptdv.membership.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.PersonalData;
import vn.ptdv.membership.PersonalData.Section;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/**
 * The right of access: everything ptdv holds about one person — the person record, memberships,
 * pool entries and notes, classes, dossiers and their steps — gathered from every module that
 * holds something ({@link PersonalData}), for a role that may see the person in full (a role that
 * may change data, in its scope; others are refused like "Xem số CCCD đầy đủ"). Each export is
 * written in the audit log with the person's id.
 */
@Service
class PersonalDataExport {
    private final PersonService people;
    private final List<PersonalData> holders;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Messages messages;

    PersonalDataExport(PersonService people, List<PersonalData> holders, AccessScope scope, AuditLog audit,
            Messages messages) {
        this.people = people;
        this.holders = holders;
        this.scope = scope;
        this.audit = audit;
        this.messages = messages;
    }

    /** The person's residence organization, after the checks; the sections are then read by {@link #sections}. */
    @Transactional
    List<Section> sections(long personId, String via) {
        PersonRow person = people.requireVisible(personId);
        if (!scope.user().role().canWrite()) {
            throw new ForbiddenException("personalData.forbidden");
        }
        audit.record("PERSON_DATA_EXPORTED", "person", String.valueOf(personId), person.residenceOrganizationId(),
                "via=" + via);
        List<Section> sections = new ArrayList<>();
        // The person record first, then the other modules.
        holders.stream().filter(PersonRecordData.class::isInstance).forEach(h -> sections.addAll(h.export(personId)));
        holders.stream().filter(h -> !(h instanceof PersonRecordData)).forEach(h -> sections.addAll(h.export(personId)));
        return sections;
    }

    /** The sections as one readable table: each line of each section as "section, field, value". */
    Table table(long personId, List<Section> sections) {
        Table.Builder table = Table.builder(messages.text("personalData.exportTitle", String.valueOf(personId)),
                        messages.text("personalData.title"))
                .column(Column.text(messages.text("personalData.exportSection")))
                .column(Column.text(messages.text("personalData.field")))
                .column(Column.text(messages.text("personalData.value")));
        for (Section section : sections) {
            boolean labelled = section.headers().size() == 2
                    && section.headers().get(1).equals(messages.text("personalData.value"));
            int number = 0;
            for (List<String> row : section.rows()) {
                number++;
                String title = labelled || section.rows().size() == 1 ? section.title()
                        : section.title() + " (" + number + ")";
                if (labelled) {
                    table.row(title, row.get(0), row.get(1));
                    continue;
                }
                for (int i = 0; i < row.size(); i++) {
                    table.row(title, section.headers().get(i), row.get(i));
                }
            }
        }
        return table.build();
    }

    long organizationOf(long personId) {
        return people.requireVisible(personId).residenceOrganizationId();
    }
}
