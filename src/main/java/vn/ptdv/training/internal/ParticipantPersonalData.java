package vn.ptdv.training.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.PersonalData;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;

/**
 * Awareness classes' personal data: the classes a person attended, their result and certificate.
 * A class counts as activity up to its last day. Anonymizing removes the certificate's number (it
 * leads to the person in the paper register); attendance, result and the certificate's date stay.
 */
@Component
class ParticipantPersonalData implements PersonalData {
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Formats formats;

    ParticipantPersonalData(JdbcClient jdbc, Messages messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public Map<Long, Activity> activity(Collection<Long> personIds) {
        return PersonalData.perPerson(jdbc.sql("""
                SELECT p.person_id, p.updated_at, c.end_date FROM class_participant p
                JOIN awareness_class c ON c.id = p.class_id WHERE p.person_id IN (:ids)
                """).param("ids", personIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Activity.changedAt(rs.getObject(2, OffsetDateTime.class),
                        false).until(rs.getObject(3, LocalDate.class))))
                .list());
    }

    @Override
    public void anonymize(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            jdbc.sql("UPDATE class_participant SET certificate_number = NULL WHERE person_id IN (:ids)")
                    .param("ids", personIds).update();
        }
    }

    @Override
    public List<Section> export(long personId) {
        List<List<String>> rows = jdbc.sql("""
                SELECT c.name, c.start_date, c.end_date, p.completed, p.certificate_number, p.certificate_date
                FROM class_participant p JOIN awareness_class c ON c.id = p.class_id
                WHERE p.person_id = :id ORDER BY c.start_date, c.id
                """).param("id", personId).query((rs, n) -> List.of(rs.getString(1),
                        formats.date(rs.getObject(2, LocalDate.class)), formats.date(rs.getObject(3, LocalDate.class)),
                        messages.text("audit.value." + rs.getBoolean(4)),
                        rs.getString(5) == null ? "" : rs.getString(5), formats.date(rs.getObject(6, LocalDate.class))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Section(messages.text("personalData.section.classes"), List.of(
                messages.text("class.field.name"), messages.text("class.field.startDate"),
                messages.text("class.field.endDate"), messages.text("participant.field.completed"),
                messages.text("participant.field.certificateNumber"),
                messages.text("participant.field.certificateDate")), rows));
    }
}
