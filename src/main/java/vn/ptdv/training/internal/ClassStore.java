package vn.ptdv.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;

/** SQL of classes and their participants. */
@Repository
class ClassStore {
    private static final String SELECT = """
            SELECT c.id, c.organizer_id, o.code AS organizer_code, o.name AS organizer_name, c.name, c.start_date,
                   c.end_date, c.place, c.version,
                   (SELECT COUNT(*) FROM class_participant p WHERE p.class_id = c.id) AS participants,
                   (SELECT COUNT(*) FROM class_participant p WHERE p.class_id = c.id AND p.completed) AS completed
            FROM awareness_class c JOIN organization_directory o ON o.id = c.organizer_id
            """;
    private static final String PARTICIPANTS = """
            SELECT p.id, p.class_id, p.person_id, s.full_name, s.birth_date, s.national_id, r.name AS residence_name,
                   p.completed, p.certificate_number, p.certificate_date, p.version, s.sort_key
            FROM class_participant p JOIN person_directory s ON s.id = p.person_id
            JOIN organization_directory r ON r.id = s.residence_organization_id
            """;

    private final JdbcClient jdbc;

    ClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static ClassRow mapClass(ResultSet rs, int n) throws SQLException {
        return new ClassRow(rs.getLong("id"), rs.getLong("organizer_id"), rs.getString("organizer_code"),
                rs.getString("organizer_name"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("place"), rs.getInt("version"),
                rs.getInt("participants"), rs.getInt("completed"));
    }

    private static ParticipantRow mapParticipant(ResultSet rs, int n) throws SQLException {
        return new ParticipantRow(rs.getLong("id"), rs.getLong("class_id"), rs.getLong("person_id"),
                rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class), rs.getString("national_id"),
                rs.getString("residence_name"), rs.getBoolean("completed"), rs.getString("certificate_number"),
                rs.getObject("certificate_date", LocalDate.class), rs.getInt("version"));
    }

    Optional<ClassRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ClassStore::mapClass).optional();
    }

    /** The class the organizer holds under that name from that day, if any (how an import finds it again). */
    Optional<ClassRow> findByName(String organizerCode, String name, LocalDate start) {
        return jdbc.sql(SELECT + " WHERE o.code = :organizer AND c.name = :name AND c.start_date = :start")
                .param("organizer", organizerCode).param("name", name).param("start", start)
                .query(ClassStore::mapClass).optional();
    }

    long insert(long organizerId, String name, LocalDate start, LocalDate end, String place, OffsetDateTime now,
            String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO awareness_class (organizer_id, name, start_date, end_date, place, version, created_at,
                                             created_by, updated_at, updated_by)
                VALUES (:organizer, :name, :start, :end, :place, 0, :now, :user, :now, :user)
                """).param("organizer", organizerId).param("name", name).param("start", start).param("end", end)
                .param("place", place).param("now", now).param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, int version, String name, LocalDate start, LocalDate end, String place, OffsetDateTime now,
            String user) {
        return jdbc.sql("""
                UPDATE awareness_class SET name = :name, start_date = :start, end_date = :end, place = :place,
                       version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("name", name).param("start", start).param("end", end).param("place", place)
                .param("now", now).param("user", user).param("id", id).param("version", version).update() == 1;
    }

    /** Classes organized in the subtree that overlap the period, newest first. */
    PageResult<ClassRow> page(SubtreeSql organizers, LocalDate from, LocalDate to, String participant, int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organizers, from, to, participant, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM awareness_class c" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<ClassRow> items = jdbc.sql(SELECT + where + " ORDER BY c.start_date DESC, c.id DESC LIMIT :size OFFSET :offset")
                .params(params).query(ClassStore::mapClass).list();
        return new PageResult<>(items, page, size, total);
    }

    /**
     * "The person is one of the scope's people": they live in it or are in the pool of one of its
     * organizations (the membership's and the pool's read contracts).
     */
    private static String personOf(SubtreeSql people, String personColumn) {
        return "(EXISTS (SELECT 1 FROM person_directory d WHERE d.id = " + personColumn + " AND "
                + people.condition("d.residence_organization_id") + ")"
                + " OR EXISTS (SELECT 1 FROM prospect_fact f WHERE f.person_id = " + personColumn + " AND "
                + people.condition("f.organization_id") + "))";
    }

    /**
     * Classes overlapping the period that are organized outside the scope (by the ward, the
     * commune…) and attended by people of the scope, newest first.
     */
    List<ClassRow> attendedFrom(SubtreeSql people, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        people.bind(params);
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql(SELECT + " WHERE NOT " + people.condition("c.organizer_id")
                + " AND c.start_date <= :to AND c.end_date >= :from"
                + " AND EXISTS (SELECT 1 FROM class_participant a WHERE a.class_id = c.id AND "
                + personOf(people, "a.person_id") + ") ORDER BY c.start_date DESC, c.id DESC")
                .params(params).query(ClassStore::mapClass).list();
    }

    /** The participants of the class who are people of the scope. */
    List<ParticipantRow> participantsOf(long classId, SubtreeSql people) {
        Map<String, Object> params = new HashMap<>();
        people.bind(params);
        params.put("class", classId);
        return jdbc.sql(PARTICIPANTS + " WHERE p.class_id = :class AND " + personOf(people, "p.person_id")
                + " ORDER BY s.sort_key, p.id").params(params).query(ClassStore::mapParticipant).list();
    }

    /** Every class of the period, in the page's order, for an export. */
    List<ClassRow> all(SubtreeSql organizers, LocalDate from, LocalDate to, String participant) {
        Map<String, Object> params = new HashMap<>();
        String where = where(organizers, from, to, participant, params);
        return jdbc.sql(SELECT + where + " ORDER BY c.start_date DESC, c.id DESC").params(params)
                .query(ClassStore::mapClass).list();
    }

    /** {@code participant}: only the classes of someone a word of whose name starts with it (null: every class). */
    private static String where(SubtreeSql organizers, LocalDate from, LocalDate to, String participant,
            Map<String, Object> params) {
        organizers.bind(params);
        params.put("from", from);
        params.put("to", to);
        String where = " WHERE " + organizers.condition("c.organizer_id") + " AND c.start_date <= :to AND c.end_date >= :from";
        return participant == null ? where : where
                + " AND EXISTS (SELECT 1 FROM class_participant cp JOIN person_directory pn ON pn.id = cp.person_id"
                + " WHERE cp.class_id = c.id AND "
                + SearchText.wordPrefixCondition("pn.search_name", "name", participant, params) + ")";
    }

    List<ParticipantRow> participants(long classId) {
        return jdbc.sql(PARTICIPANTS + " WHERE p.class_id = :class ORDER BY s.sort_key, p.id").param("class", classId)
                .query(ClassStore::mapParticipant).list();
    }

    Optional<ParticipantRow> participant(long participantId) {
        return jdbc.sql(PARTICIPANTS + " WHERE p.id = :id").param("id", participantId)
                .query(ClassStore::mapParticipant).optional();
    }

    boolean isParticipant(long classId, long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_participant WHERE class_id = :class AND person_id = :person")
                .param("class", classId).param("person", personId).query(Long.class).single() > 0;
    }

    Optional<Long> certificateHolder(String number) {
        return jdbc.sql("SELECT id FROM class_participant WHERE certificate_number = :number").param("number", number)
                .query(Long.class).optional();
    }

    /** A certificate as stored: the class, its number and the day it was issued. */
    record IssuedCertificate(long classId, String className, String number, LocalDate issuedOn) {
    }

    /** The person's certificates issued after {@code issuedAfter} up to the date, the latest first. */
    List<IssuedCertificate> certificatesOf(long personId, LocalDate upTo, LocalDate issuedAfter) {
        return jdbc.sql("""
                SELECT p.class_id, c.name, p.certificate_number, p.certificate_date
                FROM class_participant p JOIN awareness_class c ON c.id = p.class_id
                WHERE p.person_id = :person AND p.completed AND p.certificate_date IS NOT NULL
                  AND p.certificate_date <= :date AND p.certificate_date > :issuedAfter
                ORDER BY p.certificate_date DESC
                """)
                .param("person", personId).param("date", upTo).param("issuedAfter", issuedAfter)
                .query((rs, n) -> new IssuedCertificate(rs.getLong("class_id"), rs.getString("name"),
                        rs.getString("certificate_number"), rs.getObject("certificate_date", LocalDate.class)))
                .list();
    }

    long insertParticipant(long classId, long personId, boolean completed, String number, LocalDate date,
            OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO class_participant (class_id, person_id, completed, certificate_number, certificate_date,
                                               version, created_at, created_by, updated_at, updated_by)
                VALUES (:class, :person, :completed, :number, :date, 0, :now, :user, :now, :user)
                """).param("class", classId).param("person", personId).param("completed", completed)
                .param("number", number).param("date", date).param("now", now).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean updateParticipant(long id, int version, boolean completed, String number, LocalDate date,
            OffsetDateTime now, String user) {
        return jdbc.sql("""
                UPDATE class_participant SET completed = :completed, certificate_number = :number,
                       certificate_date = :date, version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("completed", completed).param("number", number).param("date", date).param("now", now)
                .param("user", user).param("id", id).param("version", version).update() == 1;
    }

    void deleteParticipant(long id) {
        jdbc.sql("DELETE FROM class_participant WHERE id = :id").param("id", id).update();
    }

    /** Classes, participants and completions of classes organized in the subtree that started in the period. */
    Map<String, Long> totals(SubtreeSql organizers, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        organizers.bind(params);
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("""
                SELECT COUNT(DISTINCT c.id) AS classes, COUNT(p.id) AS participants,
                       COALESCE(SUM(CASE WHEN p.completed THEN 1 ELSE 0 END), 0) AS completed,
                       COALESCE(SUM(CASE WHEN p.certificate_number IS NOT NULL THEN 1 ELSE 0 END), 0) AS certificates
                FROM awareness_class c LEFT JOIN class_participant p ON p.class_id = c.id
                WHERE """ + " " + organizers.condition("c.organizer_id") + " AND c.start_date BETWEEN :from AND :to")
                .params(params)
                .query((rs, n) -> Map.of("classes", rs.getLong("classes"), "participants", rs.getLong("participants"),
                        "completed", rs.getLong("completed"), "certificates", rs.getLong("certificates")))
                .single();
    }
}
