package vn.ptdv.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database the application runs on, asked once at start for the few statements only PostgreSQL knows. */
@Component
public class DatabaseVendor {
    private final boolean postgres;

    DatabaseVendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL (production); otherwise the embedded H2. */
    public boolean isPostgres() {
        return postgres;
    }
}
