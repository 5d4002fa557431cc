package vn.ptdv.identity.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.shared.Role;

/** SQL of API tokens; a token is found by the SHA-256 of its text, never by the text. */
@Repository
class ApiTokenStore {
    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A token as its owner sees it on the account page. */
    record TokenRow(long id, String name, OffsetDateTime createdAt, LocalDate expiresOn, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {

        public boolean expiredOn(LocalDate today) {
            return expiresOn != null && expiresOn.isBefore(today);
        }
    }

    /** A token presented to the API, with its account as it is now. */
    record Presented(long id, LocalDate expiresOn, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, long userId,
            String username, String fullName, Role role, Long organizationId, boolean enabled) {
    }

    long insert(long userId, String name, String tokenHash, OffsetDateTime now, LocalDate expiresOn) {
        jdbc.sql("""
                INSERT INTO api_token (user_id, name, token_hash, created_at, expires_on)
                VALUES (:user, :name, :hash, :now, :expires)
                """)
                .param("user", userId).param("name", name).param("hash", tokenHash).param("now", now)
                .param("expires", expiresOn).update();
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).single();
    }

    List<TokenRow> ofUser(long userId) {
        return jdbc.sql("""
                SELECT id, name, created_at, expires_on, last_used_at, revoked_at FROM api_token
                WHERE user_id = :user ORDER BY revoked_at NULLS FIRST, created_at DESC, id DESC
                """)
                .param("user", userId)
                .query((rs, n) -> new TokenRow(rs.getLong("id"), rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_on", LocalDate.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
                .list();
    }

    Optional<TokenRow> find(long userId, long id) {
        return ofUser(userId).stream().filter(t -> t.id() == id).findFirst();
    }

    boolean revoke(long userId, long id, OffsetDateTime now) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
                .param("now", now).param("id", id).param("user", userId).update() == 1;
    }

    Optional<Presented> presented(String tokenHash) {
        return jdbc.sql("""
                SELECT t.id, t.expires_on, t.last_used_at, t.revoked_at, u.id AS user_id, u.username, u.full_name, u.role,
                       u.organization_id, u.enabled
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = :hash
                """)
                .param("hash", tokenHash)
                .query((rs, n) -> {
                    long org = rs.getLong("organization_id");
                    Long organizationId = rs.wasNull() ? null : org;
                    return new Presented(rs.getLong("id"), rs.getObject("expires_on", LocalDate.class),
                            rs.getObject("last_used_at", OffsetDateTime.class),
                            rs.getObject("revoked_at", OffsetDateTime.class), rs.getLong("user_id"),
                            rs.getString("username"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
                            organizationId, rs.getBoolean("enabled"));
                })
                .optional();
    }

    /** Writes the last use unless another call (on any instance) wrote it within the last minute. */
    void touch(long id, OffsetDateTime now, OffsetDateTime notSince) {
        jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :since)")
                .param("now", now).param("id", id).param("since", notSince).update();
    }
}
