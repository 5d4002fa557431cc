package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.PersonalData;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.VietnameseOrder;

/**
 * The person record and their party membership: the personal data the membership module holds.
 * Anonymizing replaces the name, removes the national ID, the address, the phone and the free-text
 * qualification and occupation, and keeps of the birth date only its year (stored as the 1st of
 * July, at most six months from the truth); the coded values that statistics count (gender,
 * ethnicity, religion, education, the occupation category and levels, the residence organization)
 * stay.
 */
@Component
class PersonRecordData implements PersonalData {
    /** The name an anonymized person is shown with, followed by their id. */
    static final String ANONYMIZED_NAME = "Người đã ẩn danh";

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;

    PersonRecordData(JdbcClient jdbc, Messages messages, Formats formats, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public Map<Long, Activity> activity(Collection<Long> personIds) {
        List<Map.Entry<Long, Activity>> rows = new ArrayList<>(jdbc.sql(
                "SELECT id, updated_at FROM person WHERE id IN (:ids)").param("ids", personIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Activity.changedAt(rs.getObject(2, OffsetDateTime.class),
                        false)))
                .list());
        rows.addAll(jdbc.sql("SELECT person_id, MAX(updated_at) FROM party_member WHERE person_id IN (:ids) GROUP BY person_id")
                .param("ids", personIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), Activity.changedAt(rs.getObject(2, OffsetDateTime.class),
                        true)))
                .list());
        return PersonalData.perPerson(rows);
    }

    @Override
    public void anonymize(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock);
        Map<Long, LocalDate> births = new HashMap<>();
        jdbc.sql("SELECT id, birth_date FROM person WHERE id IN (:ids)").param("ids", personIds)
                .query((rs, n) -> births.put(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
        births.forEach((id, birth) -> {
            String name = ANONYMIZED_NAME + " " + id;
            jdbc.sql("""
                    UPDATE person SET full_name = :name, search_name = :search, sort_key = :sort, national_id = NULL,
                           birth_date = :birth, qualification = NULL, occupation = NULL, residence_address = NULL,
                           phone = NULL, anonymized_on = :today, version = version + 1, updated_at = :now,
                           updated_by = 'system'
                    WHERE id = :id
                    """).param("name", name).param("search", SearchText.fold(name))
                    .param("sort", VietnameseOrder.personSortKey(name)).param("birth", birth.withMonth(7).withDayOfMonth(1))
                    .param("today", today).param("now", now).param("id", id).update();
        });
    }

    @Override
    public List<Section> export(long personId) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        jdbc.sql("""
                SELECT p.full_name, p.birth_date, p.gender, p.national_id, p.ethnicity, p.religion, p.general_education,
                       p.qualification, p.occupation, o.name, p.residence_address, p.phone, p.occupation_category,
                       p.professional_level, p.political_theory, p.youth_union_member, p.created_at, p.updated_at,
                       p.anonymized_on
                FROM person p LEFT JOIN organization_directory o ON o.id = p.residence_organization_id WHERE p.id = :id
                """).param("id", personId).query((rs, n) -> {
                    line(fields, "person.field.fullName", rs.getString(1));
                    line(fields, "person.field.birthDate", formats.date(rs.getObject(2, LocalDate.class)));
                    line(fields, "person.field.gender", coded("gender.", rs.getString(3)));
                    line(fields, "person.field.nationalId", rs.getString(4));
                    line(fields, "person.field.ethnicity", coded("ethnicity.", rs.getString(5)));
                    line(fields, "person.field.religion", coded("religion.", rs.getString(6)));
                    line(fields, "person.field.generalEducation", rs.getString(7));
                    line(fields, "person.field.qualification", rs.getString(8));
                    line(fields, "person.field.occupation", rs.getString(9));
                    line(fields, "person.field.residenceOrganizationCode", rs.getString(10));
                    line(fields, "person.field.residenceAddress", rs.getString(11));
                    line(fields, "person.field.phone", rs.getString(12));
                    line(fields, "person.field.occupationCategory", coded("occupationCategory.", rs.getString(13)));
                    line(fields, "person.field.professionalLevel", coded("professionalLevel.", rs.getString(14)));
                    line(fields, "person.field.politicalTheory", coded("politicalTheory.", rs.getString(15)));
                    Object youth = rs.getObject(16);
                    line(fields, "person.field.youthUnionMember",
                            youth == null ? null : messages.text("audit.value." + youth));
                    line(fields, "personalData.recordedOn", formats.dateTime(rs.getObject(17, OffsetDateTime.class)));
                    line(fields, "personalData.changedOn", formats.dateTime(rs.getObject(18, OffsetDateTime.class)));
                    line(fields, "personalData.anonymizedOn", formats.date(rs.getObject(19, LocalDate.class)));
                    return fields;
                }).list();
        sections.add(new Section(messages.text("personalData.section.person"),
                List.of(messages.text("personalData.field"), messages.text("personalData.value")), fields));

        List<List<String>> periods = jdbc.sql("""
                SELECT m.admitted_on, m.official_on, m.ended_on, m.end_reason, mp.valid_from, mp.valid_to, o.name
                FROM party_member m JOIN membership_period mp ON mp.member_id = m.id
                LEFT JOIN organization_directory o ON o.id = mp.organization_id
                WHERE m.person_id = :id ORDER BY mp.valid_from
                """).param("id", personId).query((rs, n) -> List.of(
                        formats.date(rs.getObject(1, LocalDate.class)), formats.date(rs.getObject(2, LocalDate.class)),
                        formats.date(rs.getObject(3, LocalDate.class)),
                        rs.getString(4) == null ? "" : messages.text("movement." + rs.getString(4)),
                        text(rs.getString(7)), formats.date(rs.getObject(5, LocalDate.class)),
                        rs.getObject(6, LocalDate.class).getYear() >= 9999 ? ""
                                : formats.date(rs.getObject(6, LocalDate.class))))
                .list();
        if (!periods.isEmpty()) {
            sections.add(new Section(messages.text("personalData.section.membership"), List.of(
                    messages.text("personalData.admittedOn"), messages.text("personalData.officialOn"),
                    messages.text("personalData.endedOn"), messages.text("personalData.endReason"),
                    messages.text("personalData.organization"), messages.text("personalData.from"),
                    messages.text("personalData.to")), periods));
        }
        return sections;
    }

    private String coded(String prefix, String code) {
        return code == null ? null : messages.text(prefix + code);
    }

    private void line(List<List<String>> lines, String labelKey, String value) {
        lines.add(List.of(messages.text(labelKey), text(value)));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
