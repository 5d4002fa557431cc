package vn.ptdv.membership.internal;

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
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.VietnameseOrder;

/** SQL of people. Scoped reads join the tree's read contract through {@link ScopeSql}. */
@Repository
class PersonStore {
    private static final String SELECT = """
            SELECT p.id, p.full_name, p.birth_date, p.gender, p.national_id, p.ethnicity, p.religion,
                   p.general_education, p.qualification, p.occupation, p.residence_organization_id,
                   o.code AS residence_code, o.name AS residence_name, p.residence_address, p.phone,
                   p.occupation_category, p.professional_level, p.political_theory, p.youth_union_member, p.version,
                   p.updated_at, p.updated_by
            FROM person p JOIN organization_directory o ON o.id = p.residence_organization_id
            """;

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static PersonRow map(ResultSet rs, int rowNum) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("full_name"), rs.getObject("birth_date", LocalDate.class),
                Gender.valueOf(rs.getString("gender")), rs.getString("national_id"), rs.getString("ethnicity"),
                Religion.valueOf(rs.getString("religion")), rs.getString("general_education"),
                rs.getString("qualification"), rs.getString("occupation"), rs.getLong("residence_organization_id"),
                rs.getString("residence_code"), rs.getString("residence_name"), rs.getString("residence_address"),
                rs.getString("phone"), code(OccupationCategory.class, rs.getString("occupation_category")),
                code(ProfessionalLevel.class, rs.getString("professional_level")),
                code(PoliticalTheoryLevel.class, rs.getString("political_theory")),
                rs.getObject("youth_union_member", Boolean.class), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getString("updated_by"));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    Optional<PersonRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PersonStore::map).optional();
    }

    Optional<Long> idByNationalId(String nationalId) {
        return jdbc.sql("SELECT id FROM person WHERE national_id = :id").param("id", nationalId).query(Long.class)
                .optional();
    }

    long insert(PersonData data, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                INSERT INTO person (full_name, search_name, sort_key, birth_date, gender, national_id, ethnicity, religion,
                                    general_education, qualification, occupation, residence_organization_id,
                                    residence_address, phone, occupation_category, professional_level, political_theory,
                                    youth_union_member, version, created_at, created_by, updated_at, updated_by)
                VALUES (:fullName, :searchName, :sortKey, :birthDate, :gender, :nationalId, :ethnicity, :religion,
                        :education, :qualification, :occupation, :residence, :address, :phone, :occupationCategory,
                        :professionalLevel, :politicalTheory, :youthUnion, 0, :now, :user, :now, :user)
                """), data).param("now", now).param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean update(long id, int version, PersonData data, OffsetDateTime now, String user) {
        return bind(jdbc.sql("""
                UPDATE person SET full_name = :fullName, search_name = :searchName, sort_key = :sortKey,
                       birth_date = :birthDate, gender = :gender, national_id = :nationalId, ethnicity = :ethnicity,
                       religion = :religion, general_education = :education, qualification = :qualification,
                       occupation = :occupation, residence_organization_id = :residence, residence_address = :address,
                       phone = :phone, occupation_category = :occupationCategory,
                       professional_level = :professionalLevel, political_theory = :politicalTheory,
                       youth_union_member = :youthUnion, version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """), data).param("now", now).param("user", user).param("id", id).param("version", version)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, PersonData data) {
        return statement.param("fullName", data.fullName())
                .param("searchName", SearchText.fold(data.fullName()))
                .param("sortKey", VietnameseOrder.personSortKey(data.fullName()))
                .param("birthDate", data.birthDate())
                .param("gender", data.gender().name())
                .param("nationalId", data.nationalId())
                .param("ethnicity", data.ethnicity())
                .param("religion", data.religion().name())
                .param("education", data.generalEducation())
                .param("qualification", data.qualification())
                .param("occupation", data.occupation())
                .param("residence", data.residenceOrganizationId())
                .param("address", data.residenceAddress())
                .param("phone", data.phone())
                .param("occupationCategory", name(data.occupationCategory()))
                .param("professionalLevel", name(data.professionalLevel()))
                .param("politicalTheory", name(data.politicalTheory()))
                .param("youthUnion", data.youthUnionMember());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * People in scope, by a name fragment (accents ignored) or, for twelve digits, exactly by
     * national identity number; in the Vietnamese order of given names.
     */
    PageResult<PersonRow> search(SubtreeSql scope, LocalDate today, String query, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE " + inScope(scope, today, params));
        if (query != null) {
            if (NationalIdCheck.wellFormed(query)) {
                where.append(" AND p.national_id = :nationalId");
                params.put("nationalId", query);
            } else {
                where.append(" AND p.search_name LIKE :name ESCAPE '\\'");
                params.put("name", SearchText.containsPattern(query));
            }
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM person p" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<PersonRow> items = jdbc.sql(SELECT + where + " ORDER BY p.sort_key, p.id LIMIT :size OFFSET :offset")
                .params(params).query(PersonStore::map).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Whether the person lives, or is a member today, in the scope. */
    boolean visible(long personId, SubtreeSql scope, LocalDate today) {
        if (scope.unrestricted()) {
            return true;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("id", personId);
        params.put("today", today);
        scope.bind(params);
        String livesOrServes = "(" + scope.condition("p.residence_organization_id")
                + " OR EXISTS (SELECT 1 FROM party_member m JOIN membership_period mp ON mp.member_id = m.id"
                + " WHERE m.person_id = p.id AND mp.valid_from <= :today AND :today < mp.valid_to AND "
                + scope.condition("mp.organization_id") + "))";
        return jdbc.sql("SELECT COUNT(*) FROM person p WHERE p.id = :id AND " + livesOrServes)
                .params(params).query(Long.class).single() > 0;
    }

    /**
     * A person is in scope when they live there or are a member there today: one set of ids, read
     * once per query (a correlated "OR EXISTS" per person read every membership period for each
     * person on H2, half a second for a ward of a thousand people). One person's check
     * ({@link #visible}) keeps the correlated form, which reads only that person's rows.
     */
    private static String inScope(SubtreeSql scope, LocalDate today, Map<String, Object> params) {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        params.put("today", today);
        scope.bind(params);
        return "p.id IN (SELECT r.id FROM person r WHERE " + scope.condition("r.residence_organization_id")
                + " UNION SELECT m.person_id FROM party_member m JOIN membership_period mp ON mp.member_id = m.id"
                + " WHERE mp.valid_from <= :today AND :today < mp.valid_to AND "
                + scope.condition("mp.organization_id") + ")";
    }
}
