package vn.ptdv.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.membership.AdmissionDates;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.shared.ReportedFactsChanged;

/** SQL of memberships, the periods they were counted in each organization, and their movements. */
@Repository
class MemberStore {
    /** The membership with its person and its latest period's organization. */
    static final String SELECT = """
            SELECT m.id, m.person_id, p.full_name, p.birth_date, p.gender, p.national_id, m.decision_date,
                   m.admitted_on, m.admission_dates, m.admitted_elsewhere,
                   m.admitting_organization_id, a.name AS admitting_name, m.official_on, m.party_card_number,
                   m.ended_on, m.end_reason, mp.organization_id, o.code AS org_code, o.name AS org_name, m.version
            FROM party_member m
            JOIN person p ON p.id = m.person_id
            JOIN organization_directory a ON a.id = m.admitting_organization_id
            JOIN membership_period mp ON mp.member_id = m.id
                 AND mp.valid_from = (SELECT MAX(x.valid_from) FROM membership_period x WHERE x.member_id = m.id)
            JOIN organization_directory o ON o.id = mp.organization_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MemberStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    static MemberRow map(ResultSet rs, int rowNum) throws SQLException {
        String reason = rs.getString("end_reason");
        return new MemberRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
                rs.getString("national_id"), rs.getObject("decision_date", LocalDate.class),
                rs.getObject("admitted_on", LocalDate.class), AdmissionDates.valueOf(rs.getString("admission_dates")),
                rs.getBoolean("admitted_elsewhere"),
                rs.getLong("admitting_organization_id"), rs.getString("admitting_name"),
                rs.getObject("official_on", LocalDate.class), rs.getString("party_card_number"),
                rs.getObject("ended_on", LocalDate.class), reason == null ? null : MovementType.valueOf(reason),
                rs.getLong("organization_id"), rs.getString("org_code"), rs.getString("org_name"), rs.getInt("version"));
    }

    Optional<MemberRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(MemberStore::map).optional();
    }

    List<MemberRow> ofPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE m.person_id = :id ORDER BY m.admitted_on").param("id", personId)
                .query(MemberStore::map).list();
    }

    static final String INSERT = """
            INSERT INTO party_member (person_id, decision_date, admitted_on, admission_dates, admitted_elsewhere,
                                      admitting_organization_id, official_on, party_card_number, version, created_at,
                                      created_by, updated_at, updated_by)
            VALUES (:person, :decided, :admitted, :known, :elsewhere, :admitting, :official, :card, 0, :now, :user,
                    :now, :user)
            """;

    long insert(long personId, MemberRegistration.Checked member, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).paramSource(params(personId, member, now, user)).update(keys, "id");
        events.publishEvent(ReportedFactsChanged.ofMember(member.admitting().id(), personId));
        return keys.getKey().longValue();
    }

    static java.util.Map<String, Object> params(long personId, MemberRegistration.Checked member, OffsetDateTime now,
            String user) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("person", personId);
        params.put("decided", member.decidedOn());
        params.put("admitted", member.admittedOn());
        params.put("known", member.known().name());
        params.put("elsewhere", member.arrivedFrom() != null);
        params.put("admitting", member.admitting().id());
        params.put("official", member.officialOn());
        params.put("card", member.card());
        params.put("now", now);
        params.put("user", user);
        return params;
    }

    void openPeriod(long memberId, LocalDate from, long organizationId) {
        jdbc.sql("""
                INSERT INTO membership_period (member_id, valid_from, valid_to, organization_id)
                VALUES (:member, :from, :to, :organization)
                """).param("member", memberId).param("from", from).param("to", DatePeriod.OPEN_END)
                .param("organization", organizationId).update();
    }

    /** Ends the period that is open on the date, on that date; a period starting on it is removed. */
    void closePeriodOn(long memberId, LocalDate date) {
        jdbc.sql("DELETE FROM membership_period WHERE member_id = :member AND valid_from = :date")
                .param("member", memberId).param("date", date).update();
        jdbc.sql("""
                UPDATE membership_period SET valid_to = :date
                WHERE member_id = :member AND valid_from < :date AND :date < valid_to
                """).param("member", memberId).param("date", date).update();
    }

    /** The start of the period the member is counted in on the date, if any. */
    Optional<LocalDate> periodStartOn(long memberId, LocalDate date) {
        return jdbc.sql("""
                SELECT valid_from FROM membership_period
                WHERE member_id = :member AND valid_from <= :date AND :date < valid_to
                """).param("member", memberId).param("date", date).query(LocalDate.class).optional();
    }

    boolean end(long memberId, int version, LocalDate date, MovementType reason, OffsetDateTime now, String user) {
        return jdbc.sql("""
                UPDATE party_member SET ended_on = :date, end_reason = :reason, version = version + 1,
                       updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version AND ended_on IS NULL
                """).param("date", date).param("reason", reason.name()).param("now", now).param("user", user)
                .param("id", memberId).param("version", version).update() == 1;
    }

    void updateDetails(long memberId, int version, LocalDate officialOn, String card, OffsetDateTime now,
            String user) {
        jdbc.sql("""
                UPDATE party_member SET official_on = :official, party_card_number = :card, version = version + 1,
                       updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("official", officialOn).param("card", card).param("now", now).param("user", user)
                .param("id", memberId).param("version", version).update();
    }

    boolean touch(long memberId, int version, OffsetDateTime now, String user) {
        return jdbc.sql("""
                UPDATE party_member SET version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("now", now).param("user", user).param("id", memberId).param("version", version)
                .update() == 1;
    }

    void recordMovement(long memberId, MovementType type, LocalDate date, Long from, Long to, String outside,
            String note, Long restructuringId, OffsetDateTime now, String user) {
        jdbc.sql("""
                INSERT INTO membership_movement (member_id, type, movement_date, from_organization_id,
                       to_organization_id, outside_place, note, restructuring_id, created_at, created_by)
                VALUES (:member, :type, :date, :from, :to, :outside, :note, :restructuring, :now, :user)
                """)
                .param("member", memberId).param("type", type.name()).param("date", date).param("from", from)
                .param("to", to).param("outside", outside).param("note", note).param("restructuring", restructuringId)
                .param("now", now).param("user", user).update();
    }

    List<MovementRow> movements(long memberId) {
        return jdbc.sql("""
                SELECT mv.id, mv.member_id, mv.type, mv.movement_date, f.code AS from_code, f.name AS from_name,
                       t.code AS to_code, t.name AS to_name, mv.outside_place, mv.note, mv.created_at, mv.created_by
                FROM membership_movement mv
                LEFT JOIN organization_directory f ON f.id = mv.from_organization_id
                LEFT JOIN organization_directory t ON t.id = mv.to_organization_id
                WHERE mv.member_id = :member ORDER BY mv.movement_date, mv.id
                """).param("member", memberId)
                .query((rs, n) -> new MovementRow(rs.getLong("id"), rs.getLong("member_id"),
                        MovementType.valueOf(rs.getString("type")), rs.getObject("movement_date", LocalDate.class),
                        rs.getString("from_code"), rs.getString("from_name"), rs.getString("to_code"),
                        rs.getString("to_name"), rs.getString("outside_place"), rs.getString("note"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by")))
                .list();
    }

    /** The last day a movement was recorded for the member. */
    Optional<LocalDate> lastMovementDate(long memberId) {
        return jdbc.sql("SELECT MAX(movement_date) FROM membership_movement WHERE member_id = :member")
                .param("member", memberId).query(LocalDate.class).optional();
    }

    /** The person's membership that has not ended, if any. */
    Optional<Long> openMembershipOf(long personId) {
        return jdbc.sql("SELECT id FROM party_member WHERE person_id = :person AND ended_on IS NULL")
                .param("person", personId).query(Long.class).optional();
    }

    /** When the person's last ended membership ended. */
    Optional<LocalDate> lastEndOf(long personId) {
        return jdbc.sql("SELECT MAX(ended_on) FROM party_member WHERE person_id = :person")
                .param("person", personId).query(LocalDate.class).optional();
    }

    /** How the person's last ended membership ended, if they were a member before. */
    Optional<Members.EndedMembership> lastEnded(long personId) {
        return jdbc.sql("""
                SELECT ended_on, end_reason FROM party_member
                WHERE person_id = :person AND ended_on IS NOT NULL ORDER BY ended_on DESC FETCH FIRST 1 ROWS ONLY
                """).param("person", personId)
                .query((rs, n) -> new Members.EndedMembership(rs.getObject("ended_on", LocalDate.class),
                        MovementType.valueOf(rs.getString("end_reason"))))
                .optional();
    }

    /** Moves the admission of a member with no other movement to another date (a corrected ceremony). */
    boolean moveAdmission(long memberId, int version, LocalDate admittedOn, LocalDate officialOn, OffsetDateTime now,
            String user) {
        boolean updated = jdbc.sql("""
                UPDATE party_member SET admitted_on = :admitted, official_on = :official, version = version + 1,
                       updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("admitted", admittedOn).param("official", officialOn).param("now", now)
                .param("user", user).param("id", memberId).param("version", version).update() == 1;
        if (updated) {
            jdbc.sql("UPDATE membership_period SET valid_from = :admitted WHERE member_id = :member")
                    .param("admitted", admittedOn).param("member", memberId).update();
            jdbc.sql("UPDATE membership_movement SET movement_date = :admitted WHERE member_id = :member")
                    .param("admitted", admittedOn).param("member", memberId).update();
        }
        return updated;
    }

    void correctDecision(long memberId, LocalDate decidedOn, OffsetDateTime now, String user) {
        jdbc.sql("""
                UPDATE party_member SET decision_date = :decided,
                       admission_dates = CASE WHEN admission_dates = 'CEREMONY_ONLY' THEN 'BOTH' ELSE admission_dates END,
                       version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id
                """).param("decided", decidedOn).param("now", now).param("user", user).param("id", memberId)
                .update();
        jdbc.sql("SELECT admitting_organization_id, person_id FROM party_member WHERE id = :id").param("id", memberId)
                .query((rs, n) -> ReportedFactsChanged.ofMember(rs.getLong(1), rs.getLong(2))).list()
                .forEach(events::publishEvent);
    }

    int movementCount(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership_movement WHERE member_id = :member")
                .param("member", memberId).query(Integer.class).single();
    }

    boolean cardTaken(String partyCardNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM party_member WHERE party_card_number = :card")
                .param("card", partyCardNumber).query(Long.class).single() > 0;
    }

    /** Members counted in the organization on the date. */
    List<Long> countedIn(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT member_id FROM membership_period
                WHERE organization_id = :organization AND valid_from <= :date AND :date < valid_to
                ORDER BY member_id
                """).param("organization", organizationId).param("date", date).query(Long.class).list();
    }

    /** Official members counted under {@code :org} (its subtree) on {@code :date}, by given name. */
    private static final String OFFICIAL_UNDER = """

            FROM membership_period mp JOIN party_member m ON m.id = mp.member_id JOIN person p ON p.id = m.person_id
            WHERE mp.valid_from <= :date AND :date < mp.valid_to AND m.official_on IS NOT NULL AND m.official_on <= :date
              AND mp.organization_id IN (SELECT s.descendant_id FROM organization_subtree s
                  WHERE s.ancestor_id = :org AND s.valid_from <= :date AND :date < s.valid_to)
            ORDER BY p.sort_key
            """;

    List<Members.MemberRef> officialUnder(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT m.id, m.person_id, p.full_name, m.admitted_on, m.official_on, m.ended_on, mp.organization_id"
                + OFFICIAL_UNDER).param("date", date).param("org", organizationId)
                .query((rs, n) -> new Members.MemberRef(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getLong(7)))
                .list();
    }

    /** A member that a picker offers, before the cell's path is added. */
    record OfficialChoice(long id, String fullName, LocalDate birthDate, long organizationId, LocalDate officialOn,
            LocalDate endedOn) {
    }

    /** {@link #officialUnder} with the birth date, for pickers. */
    List<OfficialChoice> officialChoicesUnder(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT m.id, p.full_name, p.birth_date, mp.organization_id, m.official_on, m.ended_on"
                + OFFICIAL_UNDER).param("date", date).param("org", organizationId)
                .query((rs, n) -> new OfficialChoice(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The organization the member was counted in on the date. */
    Optional<Long> organizationOn(long memberId, LocalDate date) {
        return jdbc.sql("""
                SELECT organization_id FROM membership_period
                WHERE member_id = :member AND valid_from <= :date AND :date < valid_to
                """).param("member", memberId).param("date", date).query(Long.class).optional();
    }

    boolean isMemberOn(long personId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM membership_period mp JOIN party_member m ON m.id = mp.member_id
                WHERE m.person_id = :person AND mp.valid_from <= :date AND :date < mp.valid_to
                """).param("person", personId).param("date", date).query(Long.class).single() > 0;
    }

    /** Whether any member's period in the organization starts after the date. */
    boolean periodsStartAfter(long organizationId, LocalDate date) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM membership_period WHERE organization_id = :organization AND valid_from > :date
                """).param("organization", organizationId).param("date", date).query(Long.class).single() > 0;
    }
}
