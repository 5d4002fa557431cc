package vn.ptdv.ceremony.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.SubtreeSql;

/** SQL of the anniversary calendar and of ceremonies with their admitted persons. */
@Repository
class CeremonyStore {
    private static final String ANNIVERSARY = """
            SELECT a.id, a.organization_id, o.code AS organization_code, o.name AS organization_name, a.name,
                   a.day_of_month, a.month_of_year, a.since_year
            FROM anniversary a LEFT JOIN organization_directory o ON o.id = a.organization_id
            """;
    private static final String CEREMONY = """
            SELECT c.id, c.organization_id, o.code AS organization_code, o.name AS organization_name, c.ceremony_date,
                   c.place, c.anniversary_id, a.name AS anniversary_name, c.name, c.status, c.version,
                   (SELECT COUNT(*) FROM ceremony_dossier e WHERE e.ceremony_id = c.id) AS persons
            FROM ceremony c
            JOIN organization_directory o ON o.id = c.organization_id
            LEFT JOIN anniversary a ON a.id = c.anniversary_id
            """;

    private final JdbcClient jdbc;

    CeremonyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Anniversary anniversary(ResultSet rs, int n) throws SQLException {
        long organization = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : organization;
        return new Anniversary(rs.getLong("id"), organizationId, rs.getString("organization_code"),
                rs.getString("organization_name"), rs.getString("name"), rs.getInt("day_of_month"),
                rs.getInt("month_of_year"), rs.getInt("since_year"));
    }

    private static CeremonyRow ceremony(ResultSet rs, int n) throws SQLException {
        long anniversary = rs.getLong("anniversary_id");
        Long anniversaryId = rs.wasNull() ? null : anniversary;
        return new CeremonyRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_code"),
                rs.getString("organization_name"), rs.getObject("ceremony_date", LocalDate.class),
                rs.getString("place"), anniversaryId, rs.getString("anniversary_name"), rs.getString("name"),
                CeremonyRow.Status.valueOf(rs.getString("status")), rs.getInt("version"), rs.getInt("persons"));
    }

    long insertAnniversary(long organizationId, String name, int day, int month, int sinceYear, OffsetDateTime now,
            String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO anniversary (organization_id, name, day_of_month, month_of_year, since_year, created_at,
                                         created_by)
                VALUES (:organization, :name, :day, :month, :since, :now, :user)
                """).param("organization", organizationId).param("name", name).param("day", day)
                .param("month", month).param("since", sinceYear).param("now", now).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Anniversary> anniversary(long id) {
        return jdbc.sql(ANNIVERSARY + " WHERE a.id = :id").param("id", id).query(CeremonyStore::anniversary)
                .optional();
    }

    /** The national anniversaries and those set by any of the organizations, by month and day. */
    List<Anniversary> anniversariesOf(Collection<Long> organizationIds) {
        return jdbc.sql(ANNIVERSARY + " WHERE a.organization_id IS NULL OR a.organization_id IN (:ids)"
                + " ORDER BY a.month_of_year, a.day_of_month, a.id")
                .param("ids", organizationIds.isEmpty() ? List.of(-1L) : List.copyOf(organizationIds))
                .query(CeremonyStore::anniversary).list();
    }

    boolean anniversaryExists(long organizationId, String name, int day, int month) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM anniversary
                WHERE organization_id = :organization AND name = :name AND day_of_month = :day AND month_of_year = :month
                """).param("organization", organizationId).param("name", name).param("day", day).param("month", month)
                .query(Long.class).single() > 0;
    }

    long insertCeremony(long organizationId, LocalDate date, String place, Long anniversaryId, String name,
            OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ceremony (organization_id, ceremony_date, place, anniversary_id, name, status, created_at,
                                      created_by, updated_at, updated_by)
                VALUES (:organization, :date, :place, :anniversary, :name, 'PLANNED', :now, :user, :now, :user)
                """).param("organization", organizationId).param("date", date).param("place", place)
                .param("anniversary", anniversaryId).param("name", name).param("now", now).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CeremonyRow> findById(long id) {
        return jdbc.sql(CEREMONY + " WHERE c.id = :id").param("id", id).query(CeremonyStore::ceremony).optional();
    }

    /** Locks the ceremony's row for a change (the version guards against two holds at once). */
    void lock(long id) {
        jdbc.sql("SELECT id FROM ceremony WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
    }

    /** Ceremonies hosted in the subtree from one day to another, the earliest first; {@code status} null for any. */
    List<CeremonyRow> hostedIn(SubtreeSql subtree, LocalDate from, LocalDate to, CeremonyRow.Status status, int limit) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from);
        params.put("to", to);
        params.put("limit", limit);
        String statusCondition = "";
        if (status != null) {
            statusCondition = " AND c.status = :status";
            params.put("status", status.name());
        }
        return jdbc.sql(CEREMONY + " WHERE " + subtree.condition("c.organization_id")
                + " AND c.ceremony_date BETWEEN :from AND :to" + statusCondition
                + " ORDER BY c.ceremony_date, c.id LIMIT :limit").params(params).query(CeremonyStore::ceremony).list();
    }

    /** Planned ceremonies hosted by any of the organizations from one day to another, the earliest first. */
    List<CeremonyRow> plannedBy(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        if (organizationIds.isEmpty() || to.isBefore(from)) {
            return List.of();
        }
        return jdbc.sql(CEREMONY + " WHERE c.organization_id IN (:ids) AND c.status = 'PLANNED'"
                + " AND c.ceremony_date BETWEEN :from AND :to ORDER BY c.ceremony_date, c.id")
                .param("ids", List.copyOf(organizationIds)).param("from", from).param("to", to)
                .query(CeremonyStore::ceremony).list();
    }

    List<CeremonyRow.Entry> entries(long ceremonyId) {
        return jdbc.sql("""
                SELECT ceremony_id, dossier_id, attendance, absence_reason FROM ceremony_dossier
                WHERE ceremony_id = :id ORDER BY dossier_id
                """).param("id", ceremonyId).query((rs, n) -> new CeremonyRow.Entry(rs.getLong("ceremony_id"),
                rs.getLong("dossier_id"), CeremonyRow.Attendance.valueOf(rs.getString("attendance")),
                rs.getString("absence_reason"))).list();
    }

    /** The planned ceremony each of the dossiers is in, by dossier id. */
    Map<Long, CeremonyRow> plannedCeremonyOf(Collection<Long> dossierIds) {
        Map<Long, CeremonyRow> byDossier = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return byDossier;
        }
        List<long[]> pairs = jdbc.sql("""
                SELECT e.dossier_id, e.ceremony_id FROM ceremony_dossier e JOIN ceremony c ON c.id = e.ceremony_id
                WHERE e.dossier_id IN (:ids) AND c.status = 'PLANNED'
                """).param("ids", List.copyOf(dossierIds))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Map<Long, CeremonyRow> ceremonies = new HashMap<>();
        for (long[] pair : pairs) {
            byDossier.put(pair[0], ceremonies.computeIfAbsent(pair[1], id -> findById(id).orElseThrow()));
        }
        return byDossier;
    }

    void addEntry(long ceremonyId, long dossierId, OffsetDateTime now, String user) {
        jdbc.sql("""
                INSERT INTO ceremony_dossier (ceremony_id, dossier_id, attendance, added_at, added_by)
                VALUES (:ceremony, :dossier, 'PLANNED', :now, :user)
                """).param("ceremony", ceremonyId).param("dossier", dossierId).param("now", now).param("user", user)
                .update();
    }

    void removeEntry(long ceremonyId, long dossierId) {
        jdbc.sql("DELETE FROM ceremony_dossier WHERE ceremony_id = :ceremony AND dossier_id = :dossier")
                .param("ceremony", ceremonyId).param("dossier", dossierId).update();
    }

    void setAttendance(long ceremonyId, long dossierId, CeremonyRow.Attendance attendance, String reason) {
        jdbc.sql("""
                UPDATE ceremony_dossier SET attendance = :attendance, absence_reason = :reason
                WHERE ceremony_id = :ceremony AND dossier_id = :dossier
                """).param("attendance", attendance.name()).param("reason", reason).param("ceremony", ceremonyId)
                .param("dossier", dossierId).update();
    }

    void setStatus(long id, CeremonyRow.Status status, OffsetDateTime now, String user) {
        jdbc.sql("""
                UPDATE ceremony SET status = :status, version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id
                """).param("status", status.name()).param("now", now).param("user", user).param("id", id).update();
    }
}
