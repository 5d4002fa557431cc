package vn.ptdv;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.ptdv.support.IntegrationTest;

/** The database tests run against the database the build asked for (PostgreSQL in CI's second run). */
@IntegrationTest
class DatabaseTest {
    @Autowired
    DataSource dataSource;

    @Value("${ptdv.test.expected-database:H2}")
    String expected;

    @Test
    void theTestsRunOnTheExpectedDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
    }
}
