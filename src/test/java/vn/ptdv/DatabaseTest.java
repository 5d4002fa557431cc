package vn.ptdv;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ptdv.shared.database.PlannedWithValues;
import vn.ptdv.support.IntegrationTest;

/** The database tests run against the database the build asked for (PostgreSQL in CI's second run). */
@IntegrationTest
class DatabaseTest {
    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlannedWithValues plannedWithValues;

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
     * five runs) can take minutes where it takes a second planned with its values: the reports ask
     * PostgreSQL to plan with the values for the rest of their transaction, and only for it.
     */
    @Test
    void aReportsStatementsArePlannedWithTheirOwnValuesUntilItsTransactionEnds() {
        String inside = new TransactionTemplate(transactions).execute(status -> {
            plannedWithValues.forThisTransaction();
            return planCacheMode();
        });
        if (expected.equals("PostgreSQL")) {
            assertThat(inside).isEqualTo("force_custom_plan");
            String after = new TransactionTemplate(transactions).execute(status -> planCacheMode());
            assertThat(after).isEqualTo("auto");
        } else {
            assertThat(inside).isEqualTo("H2 plans every statement anew");
        }
    }

    private String planCacheMode() {
        return expected.equals("PostgreSQL") ? jdbc.sql("SHOW plan_cache_mode").query(String.class).single()
                : "H2 plans every statement anew";
    }
}
