package vn.ptdv.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the application's connections go with a replica: read-only transactions of a request let
 * read there to the replica, everything else to the primary; the primary serves them while the
 * replica gives no connection. Two in-memory databases that each
 * answer their own name stand for the primary and the replica.
 */
class ReplicaRoutingTest {
    private final StoppedClock clock = new StoppedClock();
    private final DataSource primary = database("primary");
    private DataSource replica = database("replica");
    private DataSource routing = new ReplicaRouting(primary, replica, clock);

    @AfterEach
    void clear() {
        ReplicaRouting.clear();
    }

    @Test
    void aReadOnlyTransactionOfARequestLetReadTheReplicaReadsTheReplica() {
        ReplicaRouting.allowReplica(true);
        assertThat(inTransaction(true, this::answer)).isEqualTo("replica");
    }

    @Test
    void aWriteTransactionGoesToThePrimaryEvenInSuchARequest() {
        ReplicaRouting.allowReplica(true);
        assertThat(inTransaction(false, this::answer)).isEqualTo("primary");
    }

    @Test
    void aReadOutsideATransactionGoesToThePrimary() {
        ReplicaRouting.allowReplica(true);
        assertThat(answer()).isEqualTo("primary");
    }

    @Test
    void aReadOnlyTransactionOfARequestThatFollowsAWriteReadsThePrimary() {
        ReplicaRouting.allowReplica(false);
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
    }

    @Test
    void aReadOnlyTransactionOutsideAnyRequestReadsThePrimary() {
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
        ReplicaRouting.allowReplica(true);
        ReplicaRouting.clear();
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
    }

    @Test
    void aReplicaThatGivesNoConnectionIsLeftAloneForAWhileItsReadsServedByThePrimary() throws Exception {
        replica = mock(DataSource.class);
        when(replica.getConnection()).thenThrow(new SQLException("Connection refused"));
        routing = new ReplicaRouting(primary, replica, clock);
        ReplicaRouting.allowReplica(true);
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
        clock.advance(ReplicaRouting.RETRY_AFTER.minusMillis(1));
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
        verify(replica, times(1)).getConnection();

        clock.advance(Duration.ofMillis(1));
        assertThat(inTransaction(true, this::answer)).isEqualTo("primary");
        verify(replica, times(2)).getConnection();
    }

    @Test
    void withoutAReplicaAddressNothingChanges() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ReadReplicaConfig.class);
        runner.run(context -> assertThat(context).doesNotHaveBean(ReadReplicaConfig.class)
                .doesNotHaveBean("replicaDataSource").doesNotHaveBean("replicaReads"));
        runner.withPropertyValues("ptdv.db.replica.url=  ")
                .run(context -> assertThat(context).doesNotHaveBean(ReadReplicaConfig.class));
    }

    private String inTransaction(boolean readOnly, Supplier<String> work) {
        TransactionTemplate template = new TransactionTemplate(new JdbcTransactionManager(routing));
        template.setReadOnly(readOnly);
        return template.execute(status -> work.get());
    }

    private String answer() {
        return JdbcClient.create(routing).sql("SELECT name FROM which_database").query(String.class).single();
    }

    private static DataSource database(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:replica-routing-" + name + ";DB_CLOSE_DELAY=-1");
        JdbcClient.create(h2).sql("CREATE TABLE IF NOT EXISTS which_database (name VARCHAR(20))").update();
        JdbcClient.create(h2).sql("DELETE FROM which_database").update();
        JdbcClient.create(h2).sql("INSERT INTO which_database VALUES (:name)").param("name", name).update();
        return h2;
    }

    /** A clock that moves only when told, for the exact edge of the replica's pause. */
    private static final class StoppedClock extends Clock {
        private Instant now = Instant.parse("2026-11-16T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
