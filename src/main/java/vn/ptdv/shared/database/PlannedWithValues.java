package vn.ptdv.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports over the whole country ask PostgreSQL to plan each of their statements with its own
 * values. The driver prepares a statement on the server after five runs, and PostgreSQL may then
 * keep one plan for any parameters: planned without knowing that the organization is the whole
 * Party, the stagnant cells of the country became one search of the window's admissions per cell
 * and ran for more than ten minutes instead of under a second (bench/README.md). Forcing it for
 * every statement instead would cost a cell's page about 2.4 ms more of the database's CPU
 * (planning its dozen statements each time): only the reports' transactions ask for it.
 */
@Component
public class PlannedWithValues {
    private final JdbcClient jdbc;
    private final boolean postgres;

    PlannedWithValues(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.postgres = vendor.isPostgres();
    }

    /**
     * For the rest of the current transaction (which the caller must have begun), every statement
     * is planned with its own values. Nothing to do on H2, which plans each statement anew.
     */
    public void forThisTransaction() {
        if (postgres) {
            jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        }
    }
}
