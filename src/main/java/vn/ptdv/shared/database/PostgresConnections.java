package vn.ptdv.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two settings of every PostgreSQL connection the application opens (the primary's pool and the
 * read replica's), each left to whoever sets it in the URL:
 * <ul>
 * <li>{@code reWriteBatchedInserts}: the driver sends a batch of inserts as multi-row statements;
 * the imports store their rows in batches of a thousand, and the 100,000-row members import of
 * {@code bench/import.sh} took 34 s without it and 23 s with it.</li>
 * <li>{@code plan_cache_mode=force_custom_plan}: the driver prepares a statement on the server
 * after five runs, and PostgreSQL may then plan it once for any parameters. For a report that is
 * ruinous: the stagnant cells of the whole country, planned without knowing that the organization
 * is the whole Party, become one search of the window's admissions per cell and ran for more than
 * ten minutes instead of under a second (bench/README.md, "The national benchmark in one command").
 * Every statement is planned with its own values; planning a short statement costs a fraction of a
 * millisecond.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class PostgresConnections {

    @Bean
    static BeanPostProcessor postgresConnectionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari) {
                    configure(hikari);
                }
                return bean;
            }
        };
    }

    /** The settings above, on a pool of PostgreSQL connections; any other pool is left as it is. */
    static void configure(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        if (!url.contains("reWriteBatchedInserts")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        if (!url.contains("options=")) {
            pool.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        }
    }
}
