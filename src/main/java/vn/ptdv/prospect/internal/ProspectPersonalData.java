package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.PersonalData;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;

/**
 * The candidate pool's personal data: a person's pool entries and the notes on their progress.
 * An active entry is open. Anonymizing removes the free text (the reason for leaving, the notes);
 * the entries themselves, with their dates, channel, status and categories, stay for the pool's
 * figures.
 */
@Component
class ProspectPersonalData implements PersonalData {
    static final String REMOVED = "(đã ẩn danh)";

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Formats formats;

    ProspectPersonalData(JdbcClient jdbc, Messages messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public Map<Long, Activity> activity(Collection<Long> personIds) {
        return PersonalData.perPerson(jdbc.sql("""
                SELECT p.person_id, p.updated_at, p.active_person_id, p.left_on,
                       (SELECT MAX(n.created_at) FROM prospect_note n WHERE n.prospect_id = p.id)
                FROM prospect p WHERE p.person_id IN (:ids)
                """).param("ids", personIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Activity.changedAt(rs.getObject(2, OffsetDateTime.class),
                                rs.getObject(3) != null).until(rs.getObject(4, LocalDate.class))
                        .until(rs.getObject(5, OffsetDateTime.class))))
                .list());
    }

    @Override
    public void anonymize(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE prospect SET left_reason = :removed WHERE person_id IN (:ids) AND left_reason IS NOT NULL")
                .param("removed", REMOVED).param("ids", personIds).update();
        jdbc.sql("""
                UPDATE prospect_note SET text = :removed
                WHERE prospect_id IN (SELECT id FROM prospect WHERE person_id IN (:ids))
                """).param("removed", REMOVED).param("ids", personIds).update();
    }

    @Override
    public List<Section> export(long personId) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> entries = jdbc.sql("""
                SELECT o.name, p.since, p.channel, p.status, p.attended_on, p.applied_on, p.left_on, p.left_reason
                FROM prospect p LEFT JOIN organization_directory o ON o.id = p.organization_id
                WHERE p.person_id = :id ORDER BY p.since, p.id
                """).param("id", personId).query((rs, n) -> List.of(text(rs.getString(1)),
                        formats.date(rs.getObject(2, LocalDate.class)), messages.text("channel." + rs.getString(3)),
                        messages.text("prospectStatus." + rs.getString(4)), formats.date(rs.getObject(5, LocalDate.class)),
                        formats.date(rs.getObject(6, LocalDate.class)), formats.date(rs.getObject(7, LocalDate.class)),
                        text(rs.getString(8))))
                .list();
        if (!entries.isEmpty()) {
            sections.add(new Section(messages.text("personalData.section.pool"), List.of(
                    messages.text("prospect.field.organizationCode"), messages.text("prospect.field.since"),
                    messages.text("prospect.field.channel"), messages.text("prospect.field.status"),
                    messages.text("personalData.attendedOn"), messages.text("personalData.appliedOn"),
                    messages.text("personalData.leftOn"), messages.text("prospect.field.leftReason")), entries));
        }
        List<List<String>> notes = jdbc.sql("""
                SELECT n.noted_on, n.text FROM prospect_note n JOIN prospect p ON p.id = n.prospect_id
                WHERE p.person_id = :id ORDER BY n.noted_on, n.id
                """).param("id", personId).query((rs, n) -> List.of(formats.date(rs.getObject(1, LocalDate.class)),
                        text(rs.getString(2))))
                .list();
        if (!notes.isEmpty()) {
            sections.add(new Section(messages.text("personalData.section.notes"),
                    List.of(messages.text("personalData.date"), messages.text("prospect.field.note")), notes));
        }
        return sections;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
