package vn.ptdv.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.support.IntegrationTest;

/**
 * The database itself keeps the audit log append-only: an entry can be written and read, never
 * changed or removed, whoever sends the SQL (on PostgreSQL not even by TRUNCATE).
 */
@IntegrationTest
class AuditLogAppendOnlyTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void anEntryCanBeWrittenAndReadButNeverChangedOrRemoved() throws Exception {
        String key = "append-only-" + System.nanoTime();
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, details)
                VALUES (:at, 'tester', 'LOGIN_FAILED', 'user', :key, 'address=192.0.2.1')
                """).param("at", OffsetDateTime.now(ZoneOffset.UTC)).param("key", key).update();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET details = 'xoa dau vet' WHERE entity_key = :key")
                .param("key", key).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log WHERE entity_key = :key").param("key", key).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        if (isPostgreSql()) {
            assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update())
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        }

        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE entity_key = :key").param("key", key)
                .query(String.class).single()).isEqualTo("address=192.0.2.1");
    }

    private boolean isPostgreSql() throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }
}
