package vn.ptdv.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SearchText;

/** SQL of accounts. Scoped lists join {@code organization_subtree}, the tree's read contract. */
@Repository
class UserStore {
    private static final String SELECT = """
            SELECT u.id, u.username, u.password_hash, u.full_name, u.role, u.organization_id, o.code AS org_code,
                   o.name AS org_name, u.enabled, u.version, u.created_at
            FROM app_user u LEFT JOIN organization_directory o ON o.id = u.organization_id
            """;

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UserRow map(ResultSet rs, int rowNum) throws SQLException {
        long org = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : org;
        return new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), Role.valueOf(rs.getString("role")), organizationId,
                rs.getString("org_code"), rs.getString("org_name"), rs.getBoolean("enabled"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class));
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = :username").param("username", username)
                .query(UserStore::map).optional();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :username").param("username", username)
                .query(Long.class).single() > 0;
    }

    void insert(String username, String passwordHash, String fullName, Role role, Long organizationId,
            OffsetDateTime now, String actor) {
        jdbc.sql("""
                INSERT INTO app_user (username, password_hash, full_name, search_name, role, organization_id, enabled,
                                      version, created_at, created_by, updated_at, updated_by)
                VALUES (:username, :hash, :fullName, :searchName, :role, :org, TRUE, 0, :now, :actor, :now, :actor)
                """)
                .param("username", username).param("hash", passwordHash).param("fullName", fullName)
                .param("searchName", SearchText.fold(fullName))
                .param("role", role.name()).param("org", organizationId).param("now", now).param("actor", actor)
                .update();
    }

    boolean update(long id, int version, String fullName, Role role, Long organizationId, boolean enabled,
            OffsetDateTime now, String actor) {
        return jdbc.sql("""
                UPDATE app_user SET full_name = :fullName, search_name = :searchName, role = :role, organization_id = :org, enabled = :enabled,
                       version = version + 1, updated_at = :now, updated_by = :actor
                WHERE id = :id AND version = :version
                """)
                .param("fullName", fullName).param("searchName", SearchText.fold(fullName))
                .param("role", role.name()).param("org", organizationId).param("enabled", enabled).param("now", now).param("actor", actor).param("id", id)
                .param("version", version)
                .update() == 1;
    }

    void setPassword(long id, String passwordHash, OffsetDateTime now, String actor) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash,
                       version = version + 1, updated_at = :now, updated_by = :actor
                WHERE id = :id
                """)
                .param("hash", passwordHash).param("now", now).param("actor", actor).param("id", id).update();
    }

    /** Accounts whose home organization lies under one of the roots today; every account for an administrator. */
    PageResult<UserRow> page(List<Long> rootIds, boolean everything, String query, LocalDate today, int page,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!everything) {
            where.append(" AND u.organization_id IN (SELECT s.descendant_id FROM organization_subtree s")
                    .append(" WHERE s.ancestor_id IN (:roots) AND s.valid_from <= :today AND :today < s.valid_to)");
            params.put("roots", rootIds.isEmpty() ? List.of(-1L) : rootIds);
            params.put("today", today);
        }
        if (query != null) {
            where.append(" AND (u.username LIKE :query ESCAPE '\\' OR u.search_name LIKE :name ESCAPE '\\')");
            params.put("query", SearchText.likeContains(query.strip().toLowerCase(Locale.ROOT)));
            params.put("name", SearchText.containsPattern(query));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM app_user u" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<UserRow> items = jdbc.sql(SELECT + where + " ORDER BY u.username LIMIT :size OFFSET :offset")
                .params(params).query(UserStore::map).list();
        return new PageResult<>(items, page, size, total);
    }
}
