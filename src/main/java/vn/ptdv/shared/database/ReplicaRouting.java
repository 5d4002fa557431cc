package vn.ptdv.shared.database;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

/**
 * The primary and the replica behind the one DataSource the application uses. A connection opened
 * for a read-only transaction ({@code @Transactional(readOnly = true)}) comes from the replica when
 * the current thread is serving a request allowed to read there ({@link #allowReplica}); every other
 * connection — writes, reads outside a read-only transaction, scheduled jobs, the security filters
 * that run before the request is classified — comes from the primary.
 */
final class ReplicaRouting {
    private enum Target { PRIMARY, REPLICA }

    private static final ThreadLocal<Boolean> REPLICA_ALLOWED = new ThreadLocal<>();

    private ReplicaRouting() {
    }

    static DataSource dataSource(DataSource primary, DataSource replica) {
        AbstractRoutingDataSource readOnly = new AbstractRoutingDataSource() {
            @Override
            protected Object determineCurrentLookupKey() {
                return replicaAllowed() ? Target.REPLICA : Target.PRIMARY;
            }
        };
        readOnly.setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        readOnly.setLenientFallback(false);
        readOnly.afterPropertiesSet();
        LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
        routing.setReadOnlyDataSource(readOnly);
        routing.afterPropertiesSet();
        return routing;
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
}
