package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.membership.MovementType;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.VietnameseOrder;
import vn.ptdv.shared.database.DatabaseVendor;
import vn.ptdv.shared.ReportedFactsChanged;

/**
 * SQL of many people and members at once, for imports: one query per thousand national ID
 * numbers rather than one per row, and batched inserts.
 */
@Repository
class MemberBulkStore {
    static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final NamedParameterJdbcTemplate batch;
    private final boolean postgres;

    MemberBulkStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DatabaseVendor vendor,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.batch = batch;
        this.postgres = vendor.isPostgres();
    }

    /**
     * After a large insert, PostgreSQL's planner must learn that the table grew: with the statistics
     * of a nearly empty table it scans the whole table for every thousand keys looked up next
     * (seconds each, in this import and the next one, until autovacuum catches up).
     */
    private void analyzeAfter(String table, int rows) {
        if (postgres && rows >= CHUNK) {
            jdbc.sql("ANALYZE " + table).update();
        }
    }

    /** A person found by their national ID number, and whether the user's scope covers them. */
    record FoundPerson(long id, String nationalId, String fullName, LocalDate birthDate, boolean visible) {
    }

    /** A membership already stored: its dates, its card, and the cell it is counted in last. */
    record StoredMembership(long id, long personId, LocalDate decidedOn, LocalDate admittedOn, LocalDate officialOn,
            String card, LocalDate endedOn, long cellId) {
    }

    Map<String, FoundPerson> peopleByNationalId(Collection<String> nationalIds, SubtreeSql scope, LocalDate today) {
        Map<String, FoundPerson> found = new HashMap<>();
        for (List<String> chunk : chunks(nationalIds)) {
            Map<String, Object> params = new HashMap<>();
            params.put("ids", chunk);
            params.put("today", today);
            scope.bind(params);
            String visible = scope.unrestricted() ? "1 = 1" : "(" + scope.condition("p.residence_organization_id")
                    + " OR EXISTS (SELECT 1 FROM party_member m JOIN membership_period mp ON mp.member_id = m.id"
                    + " WHERE m.person_id = p.id AND mp.valid_from <= :today AND :today < mp.valid_to AND "
                    + scope.condition("mp.organization_id") + "))";
            jdbc.sql("SELECT p.id, p.national_id, p.full_name, p.birth_date, CASE WHEN " + visible
                    + " THEN 1 ELSE 0 END AS visible FROM person p WHERE p.national_id IN (:ids)").params(params)
                    .query((rs, n) -> new FoundPerson(rs.getLong("id"), rs.getString("national_id"),
                            rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                            rs.getInt("visible") == 1))
                    .list().forEach(p -> found.put(p.nationalId(), p));
        }
        return found;
    }

    Map<Long, List<StoredMembership>> membershipsOf(Collection<Long> personIds) {
        Map<Long, List<StoredMembership>> memberships = new HashMap<>();
        for (List<Long> chunk : chunks(personIds)) {
            jdbc.sql("""
                    SELECT m.id, m.person_id, m.decision_date, m.admitted_on, m.official_on, m.party_card_number,
                           m.ended_on, mp.organization_id
                    FROM party_member m JOIN membership_period mp ON mp.member_id = m.id
                         AND mp.valid_from = (SELECT MAX(x.valid_from) FROM membership_period x WHERE x.member_id = m.id)
                    WHERE m.person_id IN (:ids)
                    """).param("ids", chunk)
                    .query((rs, n) -> new StoredMembership(rs.getLong("id"), rs.getLong("person_id"),
                            rs.getObject("decision_date", LocalDate.class), rs.getObject("admitted_on", LocalDate.class),
                            rs.getObject("official_on", LocalDate.class), rs.getString("party_card_number"),
                            rs.getObject("ended_on", LocalDate.class), rs.getLong("organization_id")))
                    .list().forEach(m -> memberships.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m));
        }
        return memberships;
    }

    Set<String> cardsTaken(Collection<String> cards) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(cards)) {
            taken.addAll(jdbc.sql("SELECT party_card_number FROM party_member WHERE party_card_number IN (:cards)")
                    .param("cards", chunk).query(String.class).list());
        }
        return taken;
    }

    /** Inserts the people; returns their ids by national ID number (every one has a number). */
    Map<String, Long> insertPeople(List<PersonData> people, OffsetDateTime now, String user) {
        List<SqlParameterSource> rows = new ArrayList<>(people.size());
        for (PersonData p : people) {
            rows.add(new MapSqlParameterSource().addValue("fullName", p.fullName())
                    .addValue("searchName", SearchText.fold(p.fullName()))
                    .addValue("sortKey", VietnameseOrder.personSortKey(p.fullName()))
                    .addValue("birthDate", p.birthDate()).addValue("gender", p.gender().name())
                    .addValue("nationalId", p.nationalId()).addValue("ethnicity", p.ethnicity())
                    .addValue("religion", p.religion().name()).addValue("education", p.generalEducation())
                    .addValue("qualification", p.qualification()).addValue("occupation", p.occupation())
                    .addValue("residence", p.residenceOrganizationId()).addValue("address", p.residenceAddress())
                    .addValue("phone", p.phone())
                    .addValue("occupationCategory", p.occupationCategory() == null ? null : p.occupationCategory().name())
                    .addValue("professionalLevel", p.professionalLevel() == null ? null : p.professionalLevel().name())
                    .addValue("politicalTheory", p.politicalTheory() == null ? null : p.politicalTheory().name())
                    .addValue("youthUnion", p.youthUnionMember()).addValue("now", now).addValue("user", user));
        }
        inBatches(rows, """
                INSERT INTO person (full_name, search_name, sort_key, birth_date, gender, national_id, ethnicity, religion,
                                    general_education, qualification, occupation, residence_organization_id,
                                    residence_address, phone, occupation_category, professional_level, political_theory,
                                    youth_union_member, version, created_at, created_by, updated_at, updated_by)
                VALUES (:fullName, :searchName, :sortKey, :birthDate, :gender, :nationalId, :ethnicity, :religion,
                        :education, :qualification, :occupation, :residence, :address, :phone, :occupationCategory,
                        :professionalLevel, :politicalTheory, :youthUnion, 0, :now, :user, :now, :user)
                """);
        analyzeAfter("person", rows.size());
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(people.stream().map(PersonData::nationalId).toList())) {
            jdbc.sql("SELECT id, national_id FROM person WHERE national_id IN (:ids)").param("ids", chunk)
                    .query((rs, n) -> Map.entry(rs.getString(2), rs.getLong(1))).list()
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        return ids;
    }

    /** A membership to insert: the person, the checked registration, and how it ended if it did. */
    record NewMembership(long personId, MemberRegistration.Checked member, MovementType endedBy, LocalDate endedOn,
            String endedTo) {
    }

    /** Inserts the memberships with their periods and movements; returns their ids by person id. */
    Map<Long, Long> insertMemberships(List<NewMembership> memberships, OffsetDateTime now, String user) {
        List<SqlParameterSource> rows = new ArrayList<>(memberships.size());
        for (NewMembership m : memberships) {
            MapSqlParameterSource row = new MapSqlParameterSource(MemberStore.params(m.personId(), m.member(), now,
                    user));
            rows.add(row);
        }
        inBatches(rows, MemberStore.INSERT);
        analyzeAfter("party_member", rows.size());
        events.publishEvent(new ReportedFactsChanged(memberships.stream().map(m -> m.member().admitting().id())
                .collect(Collectors.toSet()), memberships.stream().map(NewMembership::personId).toList()));
        Map<Long, Long> ids = new HashMap<>();
        for (List<NewMembership> chunk : chunks(memberships)) {
            jdbc.sql("SELECT id, person_id, admitted_on FROM party_member WHERE person_id IN (:ids) AND ended_on IS NULL")
                    .param("ids", chunk.stream().map(NewMembership::personId).toList())
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                    .forEach(r -> ids.put(r[1], r[0]));
        }
        List<SqlParameterSource> periods = new ArrayList<>();
        List<SqlParameterSource> movements = new ArrayList<>();
        List<SqlParameterSource> ends = new ArrayList<>();
        for (NewMembership m : memberships) {
            long id = ids.get(m.personId());
            MemberRegistration.Checked c = m.member();
            periods.add(new MapSqlParameterSource().addValue("member", id).addValue("from", c.memberSince())
                    .addValue("to", m.endedOn() == null ? DatePeriod.OPEN_END : m.endedOn())
                    .addValue("organization", c.cell().id()));
            if (c.arrivedFrom() != null) {
                movements.add(movement(id, MovementType.TRANSFER_IN, c.memberSince(), null, c.cell().id(),
                        c.arrivedFrom(), now, user));
            } else {
                movements.add(movement(id, MovementType.ADMISSION, c.admittedOn(), null, c.admitting().id(), null,
                        now, user));
                if (c.memberSince().isAfter(c.admittedOn())) {
                    movements.add(movement(id, MovementType.REGISTERED, c.memberSince(), null, c.cell().id(), null,
                            now, user));
                }
            }
            if (m.endedBy() != null) {
                movements.add(movement(id, m.endedBy(), m.endedOn(), c.cell().id(), null, m.endedTo(), now, user));
                ends.add(new MapSqlParameterSource().addValue("id", id).addValue("date", m.endedOn())
                        .addValue("reason", m.endedBy().name()));
            }
        }
        inBatches(periods, """
                INSERT INTO membership_period (member_id, valid_from, valid_to, organization_id)
                VALUES (:member, :from, :to, :organization)
                """);
        analyzeAfter("membership_period", periods.size());
        inBatches(movements, """
                INSERT INTO membership_movement (member_id, type, movement_date, from_organization_id,
                       to_organization_id, outside_place, note, restructuring_id, created_at, created_by)
                VALUES (:member, :type, :date, :from, :to, :outside, NULL, NULL, :now, :user)
                """);
        analyzeAfter("membership_movement", movements.size());
        inBatches(ends, "UPDATE party_member SET ended_on = :date, end_reason = :reason WHERE id = :id");
        return ids;
    }

    /** Fills what a stored membership lacks: the official date, the party card. */
    void fillIn(long memberId, LocalDate officialOn, String card, OffsetDateTime now, String user) {
        jdbc.sql("""
                UPDATE party_member SET official_on = COALESCE(official_on, :official),
                       party_card_number = COALESCE(party_card_number, :card), version = version + 1,
                       updated_at = :now, updated_by = :user
                WHERE id = :id
                """).param("official", officialOn).param("card", card).param("now", now).param("user", user)
                .param("id", memberId).update();
    }

    private static MapSqlParameterSource movement(long member, MovementType type, LocalDate date, Long from, Long to,
            String outside, OffsetDateTime now, String user) {
        return new MapSqlParameterSource().addValue("member", member).addValue("type", type.name())
                .addValue("date", date).addValue("from", from).addValue("to", to).addValue("outside", outside)
                .addValue("now", now).addValue("user", user);
    }

    private void inBatches(List<SqlParameterSource> rows, String sql) {
        for (List<SqlParameterSource> chunk : chunks(rows)) {
            batch.batchUpdate(sql, chunk.toArray(SqlParameterSource[]::new));
        }
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
