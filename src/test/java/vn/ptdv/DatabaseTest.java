package vn.ptdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

    /**
     * A report planned once for any parameters (the driver prepares a statement on the server after
     * five runs) can take minutes where it takes a second planned with its values.
     */
    @Test
    void onPostgresqlEveryStatementIsPlannedWithItsOwnValues() throws Exception {
        assumeTrue(expected.equals("PostgreSQL"), "a PostgreSQL setting");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
