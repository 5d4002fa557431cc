package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.membership.MovementType;
import vn.ptdv.organization.SubtreeSql;

/**
 * The statistics' SQL, over the membership module's published views only ({@code person_profile},
 * {@code membership_period_fact}, {@code membership_movement_fact}, {@code member_admission}) and
 * the tree's. A member is counted on a day in the one organization whose period contains it; a
 * member enters the subtree on the first day of a period there that no period there ended on
 * the day before, and leaves it on the day after the last one — moves inside the subtree are
 * neither.
 */
@Repository
class StatisticsStore {
    private static final String AGE_GROUP = """
            CASE WHEN pp.birth_date > :born31 THEN 'UP_TO_30' WHEN pp.birth_date > :born41 THEN 'FROM_31_TO_40'
                 WHEN pp.birth_date > :born51 THEN 'FROM_41_TO_50' WHEN pp.birth_date > :born61 THEN 'FROM_51_TO_60'
                 ELSE 'OVER_60' END""";

    private final JdbcClient jdbc;

    StatisticsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members counted in the subtree on the day. */
    long count(SubtreeSql subtree, LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("day", day);
        return jdbc.sql("SELECT COUNT(*) FROM membership_period_fact f WHERE f.valid_from <= :day AND :day < f.valid_to"
                + " AND " + subtree.condition("f.organization_id")).params(params).query(Long.class).single();
    }

    /** Members counted in the subtree on the day, grouped by everything the statistics count them by. */
    List<Profile> members(SubtreeSql subtree, LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("day", day);
        for (int years : new int[] {31, 41, 51, 61}) {
            params.put("born" + years, day.minusYears(years));
        }
        return jdbc.sql("""
                SELECT gender, ethnicity, religion, youth_union_member, age_group, general_education, professional_level,
                       political_theory, occupation_category, official, COUNT(*) AS n
                FROM (SELECT pp.gender, pp.ethnicity, pp.religion, pp.youth_union_member,
                """ + AGE_GROUP + """
                 AS age_group, pp.general_education, pp.professional_level, pp.political_theory,
                             pp.occupation_category,
                             CASE WHEN f.official_on IS NOT NULL AND f.official_on <= :day THEN 1 ELSE 0 END AS official
                      FROM membership_period_fact f JOIN person_profile pp ON pp.person_id = f.person_id
                      WHERE f.valid_from <= :day AND :day < f.valid_to AND
                """ + subtree.condition("f.organization_id") + """
                ) x
                GROUP BY gender, ethnicity, religion, youth_union_member, age_group, general_education,
                         professional_level, political_theory, occupation_category, official
                """).params(params).query((rs, n) -> new Profile("FEMALE".equals(rs.getString("gender")),
                        vn.ptdv.membership.Ethnicity.isMinority(rs.getString("ethnicity")),
                        !"NONE".equals(rs.getString("religion")), rs.getObject("youth_union_member", Boolean.class),
                        Profile.AgeGroup.valueOf(rs.getString("age_group")),
                        vn.ptdv.membership.GeneralEducation.of(rs.getString("general_education")).orElse(null),
                        code(vn.ptdv.membership.ProfessionalLevel.class, rs.getString("professional_level")),
                        code(vn.ptdv.membership.PoliticalTheoryLevel.class, rs.getString("political_theory")),
                        code(vn.ptdv.membership.OccupationCategory.class, rs.getString("occupation_category")),
                        rs.getInt("official") == 1, rs.getLong("n")))
                .list();
    }

    /** Members admitted in the period by an organization of the subtree, each with their age on the day of admission. */
    List<Profile> admitted(SubtreeSql subtree, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from);
        params.put("to", to);
        return jdbc.sql("""
                SELECT pp.gender, pp.ethnicity, pp.religion, pp.youth_union_member, pp.birth_date, a.admitted_on,
                       pp.general_education, pp.professional_level, pp.political_theory, pp.occupation_category
                FROM member_admission a JOIN person_profile pp ON pp.person_id = a.person_id
                WHERE a.admitted_on BETWEEN :from AND :to AND
                """ + subtree.condition("a.admitting_organization_id")).params(params)
                .query((rs, n) -> Profile.of(rs.getString("gender"), rs.getString("ethnicity"),
                        rs.getString("religion"), rs.getObject("youth_union_member", Boolean.class),
                        rs.getObject("birth_date", LocalDate.class), rs.getObject("admitted_on", LocalDate.class),
                        rs.getString("general_education"), rs.getString("professional_level"),
                        rs.getString("political_theory"), rs.getString("occupation_category"), false, 1))
                .list();
    }

    /** A member entering or leaving the subtree on a day, with what the membership recorded on that day. */
    record Crossing(long memberId, LocalDate day, Set<MovementType> movements) {
    }

    /** Members entering the subtree on a day of the period (admitted, arrived, moved in from outside it). */
    List<Crossing> entries(SubtreeSql subtree, LocalDate from, LocalDate to) {
        return crossings(subtree, from, to, "valid_from", "valid_to");
    }

    /** Members leaving the subtree on a day of the period: the first day they are no longer counted there. */
    List<Crossing> exits(SubtreeSql subtree, LocalDate from, LocalDate to) {
        return crossings(subtree, from, to, "valid_to", "valid_from");
    }

    private List<Crossing> crossings(SubtreeSql subtree, LocalDate from, LocalDate to, String edge, String joining) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from);
        params.put("to", to);
        Map<String, Crossing> crossings = new LinkedHashMap<>();
        jdbc.sql("SELECT f.member_id, f." + edge + " AS crossed_on, mv.type FROM membership_period_fact f"
                + " LEFT JOIN membership_movement_fact mv ON mv.member_id = f.member_id AND mv.movement_date = f." + edge
                + " WHERE f." + edge + " BETWEEN :from AND :to AND " + subtree.condition("f.organization_id")
                + " AND NOT EXISTS (SELECT 1 FROM membership_period_fact g WHERE g.member_id = f.member_id"
                + " AND g." + joining + " = f." + edge + " AND " + subtree.condition("g.organization_id") + ")")
                .params(params)
                .query(rs -> {
                    long member = rs.getLong("member_id");
                    LocalDate day = rs.getObject("crossed_on", LocalDate.class);
                    Crossing crossing = crossings.computeIfAbsent(member + "@" + day,
                            k -> new Crossing(member, day, new TreeSet<>()));
                    String type = rs.getString("type");
                    if (type != null) {
                        crossing.movements().add(MovementType.valueOf(type));
                    }
                });
        return new ArrayList<>(crossings.values());
    }

    /** A line of the register of probationary members (18-KNĐ). */
    record Admission(long memberId, String fullName, LocalDate birthDate, String cellName, LocalDate admittedOn,
            LocalDate officialOn, LocalDate endedOn, MovementType endReason) {
    }

    /** Members admitted by an organization of the subtree (in the period, when one is given), in the order of admission. */
    List<Admission> admissions(SubtreeSql subtree, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("from", from == null ? LocalDate.of(1930, 2, 3) : from);
        params.put("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        return jdbc.sql("""
                SELECT a.member_id, pp.full_name, pp.birth_date, o.name AS cell_name, a.admitted_on, a.official_on,
                       a.ended_on,
                       (SELECT MIN(mv.type) FROM membership_movement_fact mv
                        WHERE mv.member_id = a.member_id AND mv.movement_date = a.ended_on
                          AND mv.type IN ('DEATH', 'REMOVAL', 'EXPULSION', 'LEAVE', 'TRANSFER_OUT')) AS end_reason
                FROM member_admission a
                JOIN person_profile pp ON pp.person_id = a.person_id
                JOIN organization_directory o ON o.id = a.admitting_organization_id
                WHERE a.admitted_on BETWEEN :from AND :to AND
                """ + subtree.condition("a.admitting_organization_id") + """
                 ORDER BY a.admitted_on, pp.sort_key, a.member_id
                """).params(params)
                .query((rs, n) -> new Admission(rs.getLong("member_id"), rs.getString("full_name"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("cell_name"),
                        rs.getObject("admitted_on", LocalDate.class), rs.getObject("official_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("end_reason") == null ? null : MovementType.valueOf(rs.getString("end_reason"))))
                .list();
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
