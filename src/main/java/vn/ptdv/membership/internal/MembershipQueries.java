package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.membership.AgeBand;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.MembershipCounts;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;

/**
 * Who was counted where on a date: the members of a subtree and their counts. A member is
 * counted on the date in the one organization whose period contains it.
 */
@Repository
class MembershipQueries {
    private static final String FROM = """
            FROM membership_period mp
            JOIN party_member m ON m.id = mp.member_id
            JOIN person p ON p.id = m.person_id
            """;

    private final JdbcClient jdbc;

    MembershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Filters of a member list; null means any. {@code name}: a word of the name starts with it, without diacritics. */
    record Filter(MemberStatus status, Gender gender, AgeBand ageBand, String name) {
    }

    private static void appendFilter(StringBuilder where, Filter filter, Map<String, Object> params) {
        if (filter.status() == MemberStatus.OFFICIAL) {
            where.append(" AND m.official_on IS NOT NULL AND m.official_on <= :date");
        } else if (filter.status() == MemberStatus.PROBATIONARY) {
            where.append(" AND (m.official_on IS NULL OR m.official_on > :date)");
        }
        if (filter.gender() != null) {
            where.append(" AND p.gender = :gender");
            params.put("gender", filter.gender().name());
        }
        if (filter.ageBand() != null) {
            where.append(switch (filter.ageBand()) {
                case UNDER_30 -> " AND p.birth_date > :born30";
                case FROM_30_TO_45 -> " AND p.birth_date <= :born30 AND p.birth_date > :born46";
                case FROM_46_TO_60 -> " AND p.birth_date <= :born46 AND p.birth_date > :born61";
                case OVER_60 -> " AND p.birth_date <= :born61";
            });
        }
        if (filter.name() != null) {
            where.append(" AND ").append(SearchText.wordPrefixCondition("p.search_name", "name", filter.name(), params));
        }
    }

    private static String where(SubtreeSql subtree, LocalDate date, Map<String, Object> params) {
        params.put("date", date);
        params.put("born30", date.minusYears(30));
        params.put("born46", date.minusYears(46));
        params.put("born61", date.minusYears(61));
        subtree.bind(params);
        return " WHERE mp.valid_from <= :date AND :date < mp.valid_to AND " + subtree.condition("mp.organization_id");
    }

    MembershipCounts counts(SubtreeSql subtree, LocalDate date) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, date, params);
        Map<String, Long> row = jdbc.sql("""
                SELECT COUNT(*) AS total,
                       COALESCE(SUM(CASE WHEN m.official_on IS NOT NULL AND m.official_on <= :date THEN 1 ELSE 0 END), 0)
                           AS official,
                       COALESCE(SUM(CASE WHEN p.gender = 'MALE' THEN 1 ELSE 0 END), 0) AS male,
                       COALESCE(SUM(CASE WHEN p.birth_date > :born30 THEN 1 ELSE 0 END), 0) AS under30,
                       COALESCE(SUM(CASE WHEN p.birth_date <= :born30 AND p.birth_date > :born46 THEN 1 ELSE 0 END), 0)
                           AS from30,
                       COALESCE(SUM(CASE WHEN p.birth_date <= :born46 AND p.birth_date > :born61 THEN 1 ELSE 0 END), 0)
                           AS from46,
                       COALESCE(SUM(CASE WHEN p.ethnicity <> :kinh THEN 1 ELSE 0 END), 0) AS minority
                """ + FROM + where).params(params).param("kinh", Ethnicity.KINH)
                .query((rs, n) -> Map.of("total", rs.getLong("total"), "official", rs.getLong("official"),
                        "male", rs.getLong("male"), "under30", rs.getLong("under30"), "from30", rs.getLong("from30"),
                        "from46", rs.getLong("from46"), "minority", rs.getLong("minority")))
                .single();
        long total = row.get("total");
        Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
        byGender.put(Gender.MALE, row.get("male"));
        byGender.put(Gender.FEMALE, total - row.get("male"));
        Map<AgeBand, Long> byAge = new EnumMap<>(AgeBand.class);
        byAge.put(AgeBand.UNDER_30, row.get("under30"));
        byAge.put(AgeBand.FROM_30_TO_45, row.get("from30"));
        byAge.put(AgeBand.FROM_46_TO_60, row.get("from46"));
        byAge.put(AgeBand.OVER_60, total - row.get("under30") - row.get("from30") - row.get("from46"));
        Map<Religion, Long> byReligion = new EnumMap<>(Religion.class);
        for (Religion religion : Religion.values()) {
            byReligion.put(religion, 0L);
        }
        jdbc.sql("SELECT p.religion, COUNT(*) AS n " + FROM + where + " GROUP BY p.religion").params(params)
                .query(rs -> {
                    byReligion.put(Religion.valueOf(rs.getString("religion")), rs.getLong("n"));
                });
        return new MembershipCounts(total, row.get("official"), total - row.get("official"), byGender, byAge,
                row.get("minority"), byReligion);
    }

    /** Members and official members on the date. */
    record Totals(long total, long official) {
        public long probationary() {
            return total - official;
        }
    }

    /**
     * Totals for each of several organizations' subtrees in one query: each member counts in the
     * organization (among {@code roots}) whose subtree holds them by the structure chosen.
     */
    Map<Long, Totals> totalsBySubtree(List<Long> roots, Structure structure, LocalDate structureDate,
            LocalDate date) {
        Map<Long, Totals> totals = new HashMap<>();
        if (roots.isEmpty()) {
            return totals;
        }
        String join = structure == Structure.HISTORICAL
                ? "JOIN organization_subtree s ON s.descendant_id = mp.organization_id"
                : "JOIN organization_lineage l ON l.organization_id = mp.organization_id"
                        + " JOIN organization_subtree s ON s.descendant_id = l.successor_id";
        jdbc.sql("""
                SELECT s.ancestor_id, COUNT(*) AS total,
                       COALESCE(SUM(CASE WHEN m.official_on IS NOT NULL AND m.official_on <= :date THEN 1 ELSE 0 END), 0)
                           AS official
                FROM membership_period mp JOIN party_member m ON m.id = mp.member_id
                """ + join + """
                 WHERE mp.valid_from <= :date AND :date < mp.valid_to
                  AND s.ancestor_id IN (:roots) AND s.valid_from <= :structureDate AND :structureDate < s.valid_to
                GROUP BY s.ancestor_id
                """)
                .param("date", date).param("roots", roots).param("structureDate", structureDate)
                .query(rs -> {
                    totals.put(rs.getLong("ancestor_id"), new Totals(rs.getLong("total"), rs.getLong("official")));
                });
        return totals;
    }

    /** One page of the members of the subtree on the date, in the Vietnamese order of given names. */
    PageResult<MemberListItem> members(SubtreeSql subtree, LocalDate date, Filter filter, int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(where(subtree, date, params));
        appendFilter(where, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) " + FROM + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<MemberListItem> items = jdbc.sql("""
                SELECT m.id, m.person_id, p.full_name, p.gender, p.birth_date, p.national_id, o.code, o.name,
                       m.admitted_on, m.official_on, o.id AS organization_id
                """ + FROM + " JOIN organization_directory o ON o.id = mp.organization_id" + where
                + " ORDER BY p.sort_key, m.id LIMIT :size OFFSET :offset").params(params)
                .query((rs, n) -> {
                    LocalDate officialOn = rs.getObject("official_on", LocalDate.class);
                    return new MemberListItem(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                            Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                            NationalIdCheck.mask(rs.getString("national_id")), rs.getString("code"),
                            rs.getString("name"), rs.getObject("admitted_on", LocalDate.class), officialOn,
                            MemberStatus.on(date, officialOn, null), rs.getLong("organization_id"));
                })
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** A member as an export writes them: every field the members import reads back. */
    record ExportRow(String fullName, LocalDate birthDate, Gender gender, String nationalId, String ethnicity,
            Religion religion, String generalEducation, String qualification, String occupation,
            String residenceAddress, String phone, String occupationCategory, String professionalLevel,
            String politicalTheory, Boolean youthUnionMember, String cellCode, LocalDate decidedOn, LocalDate admittedOn,
            String admissionDates, LocalDate officialOn, String card, LocalDate memberSince, String admittingCode,
            String arrivedFrom) {
    }

    /** Every member of the subtree on the date that the filter keeps, in the order of the list. */
    List<ExportRow> exportRows(SubtreeSql subtree, LocalDate date, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(where(subtree, date, params));
        appendFilter(where, filter, params);
        return jdbc.sql("""
                SELECT p.full_name, p.birth_date, p.gender, p.national_id, p.ethnicity, p.religion, p.general_education,
                       p.qualification, p.occupation, p.residence_address, p.phone, p.occupation_category,
                       p.professional_level, p.political_theory, p.youth_union_member, o.code, m.decision_date,
                       m.admitted_on, m.admission_dates, m.official_on, m.party_card_number, mp.valid_from,
                       a.code AS admitting_code,
                       (SELECT MAX(v.outside_place) FROM membership_movement v
                        WHERE v.member_id = m.id AND v.type = 'TRANSFER_IN') AS arrived_from
                """ + FROM + " JOIN organization_directory o ON o.id = mp.organization_id"
                + " JOIN organization_directory a ON a.id = m.admitting_organization_id" + where
                + " ORDER BY p.sort_key, m.id").params(params)
                .query((rs, n) -> new ExportRow(rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                        Gender.valueOf(rs.getString("gender")), rs.getString("national_id"), rs.getString("ethnicity"),
                        Religion.valueOf(rs.getString("religion")), rs.getString("general_education"),
                        rs.getString("qualification"), rs.getString("occupation"), rs.getString("residence_address"),
                        rs.getString("phone"), rs.getString("occupation_category"), rs.getString("professional_level"),
                        rs.getString("political_theory"), rs.getObject("youth_union_member", Boolean.class),
                        rs.getString("code"), rs.getObject("decision_date", LocalDate.class),
                        rs.getObject("admitted_on", LocalDate.class), rs.getString("admission_dates"),
                        rs.getObject("official_on", LocalDate.class), rs.getString("party_card_number"),
                        rs.getObject("valid_from", LocalDate.class), rs.getString("admitting_code"),
                        rs.getString("arrived_from")))
                .list();
    }
}
