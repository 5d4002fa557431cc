package vn.ptdv.admission.internal;

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
 * Admission dossiers' personal data: a person's dossiers and every step recorded on them. An open
 * dossier is open. Anonymizing removes the free-text notes and correction reasons of the steps;
 * the steps' dates and typed data (votes, decision numbers, member ids) stay.
 */
@Component
class DossierPersonalData implements PersonalData {
    private final JdbcClient jdbc;
    private final Messages messages;
    private final Formats formats;

    DossierPersonalData(JdbcClient jdbc, Messages messages, Formats formats) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
    }

    @Override
    public Map<Long, Activity> activity(Collection<Long> personIds) {
        return PersonalData.perPerson(jdbc.sql("""
                SELECT d.person_id, d.updated_at, d.open_person_id,
                       (SELECT MAX(s.recorded_at) FROM dossier_step s WHERE s.dossier_id = d.id),
                       (SELECT MAX(s.step_date) FROM dossier_step s WHERE s.dossier_id = d.id)
                FROM admission_dossier d WHERE d.person_id IN (:ids)
                """).param("ids", personIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Activity.changedAt(rs.getObject(2, OffsetDateTime.class),
                                rs.getObject(3) != null).until(rs.getObject(4, OffsetDateTime.class))
                        .until(rs.getObject(5, LocalDate.class))))
                .list());
    }

    @Override
    public void anonymize(Collection<Long> personIds) {
        if (!personIds.isEmpty()) {
            jdbc.sql("""
                    UPDATE dossier_step SET note = NULL, correction_reason = CASE WHEN correction_reason IS NULL
                           THEN NULL ELSE '(đã ẩn danh)' END
                    WHERE dossier_id IN (SELECT id FROM admission_dossier WHERE person_id IN (:ids))
                      AND (note IS NOT NULL OR correction_reason IS NOT NULL)
                    """).param("ids", personIds).update();
        }
    }

    @Override
    public List<Section> export(long personId) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> dossiers = jdbc.sql("""
                SELECT d.id, o.name, d.state, d.decision_date, d.ceremony_date FROM admission_dossier d
                LEFT JOIN organization_directory o ON o.id = d.cell_id WHERE d.person_id = :id ORDER BY d.id
                """).param("id", personId).query((rs, n) -> List.of(String.valueOf(rs.getLong(1)),
                        rs.getString(2) == null ? "" : rs.getString(2), messages.text("dossierState." + rs.getString(3)),
                        formats.date(rs.getObject(4, LocalDate.class)), formats.date(rs.getObject(5, LocalDate.class))))
                .list();
        if (dossiers.isEmpty()) {
            return sections;
        }
        sections.add(new Section(messages.text("personalData.section.dossiers"), List.of(
                messages.text("personalData.dossier"), messages.text("dossier.field.cellCode"),
                messages.text("personalData.state"), messages.text("personalData.decisionDate"),
                messages.text("personalData.ceremonyDate")), dossiers));
        List<List<String>> steps = jdbc.sql("""
                SELECT s.dossier_id, s.step, s.step_date, s.note, s.superseded_by, s.correction_reason
                FROM dossier_step s JOIN admission_dossier d ON d.id = s.dossier_id
                WHERE d.person_id = :id ORDER BY s.dossier_id, s.step_date, s.id
                """).param("id", personId).query((rs, n) -> List.of(String.valueOf(rs.getLong(1)),
                        messages.text("step." + rs.getString(2)), formats.date(rs.getObject(3, LocalDate.class)),
                        rs.getString(4) == null ? "" : rs.getString(4),
                        messages.text("audit.value." + (rs.getObject(5) != null)),
                        rs.getString(6) == null ? "" : rs.getString(6)))
                .list();
        sections.add(new Section(messages.text("personalData.section.steps"), List.of(
                messages.text("personalData.dossier"), messages.text("dossier.field.step"),
                messages.text("dossier.field.date"), messages.text("dossier.field.note"),
                messages.text("personalData.superseded"), messages.text("personalData.correctionReason")), steps));
        return sections;
    }
}
