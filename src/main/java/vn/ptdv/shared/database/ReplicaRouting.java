package vn.ptdv.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The primary and the replica behind the one DataSource the application uses. A connection opened
 * for a read-only transaction ({@code @Transactional(readOnly = true)}) comes from the replica when
 * the current thread is serving a request allowed to read there ({@link #allowReplica}); every other
 * connection — writes, reads outside a read-only transaction, scheduled jobs, the security filters
 * that run before the request is classified — comes from the primary. A replica that cannot give a
 * connection is left alone for {@link #RETRY_AFTER}, its reads served by the primary meanwhile.
 */
final class ReplicaRouting extends LazyConnectionDataSourceProxy implements AutoCloseable {
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
    private static final ThreadLocal<Boolean> REPLICA_ALLOWED = new ThreadLocal<>();

    private final DataSource replica;

    ReplicaRouting(DataSource primary, DataSource replica, Clock clock) {
        super(primary);
        this.replica = replica;
        setReadOnlyDataSource(new ReadOnlySide(primary, replica, clock));
        afterPropertiesSet();
    }

    static boolean replicaAllowed() {
        return Boolean.TRUE.equals(REPLICA_ALLOWED.get());
    }

    /** Whether the read-only transactions of the current thread may read from the replica, until {@link #clear}. */
    static void allowReplica(boolean replica) {
        REPLICA_ALLOWED.set(replica);
    }

    static void clear() {
        REPLICA_ALLOWED.remove();
    }

    /** The replica's pool belongs to the routing: no other bean sees it (nor reports it down to a health check). */
    @Override
    public void close() {
        if (replica instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** Where a read-only transaction's connection comes from. */
    private static final class ReadOnlySide extends DelegatingDataSource {
        private final DataSource replica;
        private final Clock clock;
        private volatile Instant replicaRetryAt = Instant.MIN;

        ReadOnlySide(DataSource primary, DataSource replica, Clock clock) {
            super(primary);
            this.replica = replica;
            this.clock = clock;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!replicaAllowed() || clock.instant().isBefore(replicaRetryAt)) {
                return obtainTargetDataSource().getConnection();
            }
            try {
                return replica.getConnection();
            } catch (SQLException | RuntimeException unavailable) {
                replicaRetryAt = clock.instant().plus(RETRY_AFTER);
                log.warn("The read replica gave no connection ({}): its reads go to the primary until {}",
                        unavailable.getMessage(), replicaRetryAt);
                return obtainTargetDataSource().getConnection();
            }
        }
    }
}
