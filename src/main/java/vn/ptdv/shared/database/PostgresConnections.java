package vn.ptdv.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * On PostgreSQL the driver sends a batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}): the imports store their rows in batches of a thousand, and the
 * 100,000-row members import of {@code bench/import.sh} took 34 s without it and 23 s with it.
 * Whoever sets the parameter in {@code PTDV_DB_URL} keeps their own value. Applied to the primary's
 * pool and to the read replica's.
 */
@Configuration(proxyBeanMethods = false)
class PostgresConnections {

    @Bean
    static BeanPostProcessor reWriteBatchedInserts() {
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

    /** The setting above, on a pool of PostgreSQL connections; any other pool is left as it is. */
    static void configure(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        if (!url.contains("reWriteBatchedInserts")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
    }
}
