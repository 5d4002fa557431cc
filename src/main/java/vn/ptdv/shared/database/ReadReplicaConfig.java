package vn.ptdv.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;

/**
 * The optional PostgreSQL read replica ({@code PTDV_DB_REPLICA_URL}; README, "Read replica"). When
 * it is set, the application's DataSource routes as {@link ReplicaRouting} says, over two pools:
 * the primary's (the usual {@code spring.datasource.*}) and a small one of the replica's. Flyway and
 * the sessions use the primary's pool directly, whatever a request is allowed. When it is not set,
 * none of this exists and Spring Boot makes the one DataSource as usual.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaConfig.ReplicaConfigured.class)
class ReadReplicaConfig {
    static final String URL = "ptdv.db.replica.url";

    /** Not injected by type: the application's DataSource is {@link #dataSource}. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    @SpringSessionDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * The application's DataSource, with the replica's pool of its own (the replica's user and
     * password are the primary's unless set). The pool starts even while the replica is down, and
     * waits at most five seconds for a connection before the primary serves the read.
     */
    @Bean
    ReplicaRouting dataSource(@Qualifier("primaryDataSource") DataSource primary, DataSourceProperties properties,
            @Value("${" + URL + "}") String url, @Value("${ptdv.db.replica.username:}") String username,
            @Value("${ptdv.db.replica.password:}") String password, @Value("${ptdv.db.replica.pool-size:5}") int poolSize,
            Clock clock) {
        HikariDataSource replica = DataSourceBuilder.create().type(HikariDataSource.class).url(url.strip())
                .username(username.isBlank() ? properties.getUsername() : username)
                .password(password.isEmpty() ? properties.getPassword() : password).build();
        replica.setPoolName("ptdv-replica");
        replica.setMaximumPoolSize(poolSize);
        replica.setInitializationFailTimeout(-1);
        replica.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        // A hot standby refuses writes anyway; this says so before the statement reaches it.
        replica.setReadOnly(true);
        PostgresConnections.configure(replica);
        return new ReplicaRouting(primary, replica, clock);
    }

    /** Sessions are read and written on the primary, in transactions of their own. */
    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    JdbcTransactionManager sessionTransactionManager(@Qualifier("primaryDataSource") DataSource primary) {
        return new JdbcTransactionManager(primary);
    }

    /**
     * Right after Spring Security's filters (and so Spring Session's): authentication, tokens,
     * accounts, the login throttle and sessions are read before a request is classified, so on the
     * primary.
     */
    @Bean
    FilterRegistrationBean<ReplicaReadsFilter> replicaReads(Clock clock,
            @Value("${ptdv.db.replica.after-write:30s}") Duration afterWrite) {
        FilterRegistrationBean<ReplicaReadsFilter> registration =
                new FilterRegistrationBean<>(new ReplicaReadsFilter(new AfterWriteWindow(afterWrite), clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static class ReplicaConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty(URL, "").isBlank();
        }
    }
}
