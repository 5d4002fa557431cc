package vn.ptdv.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the tallies from the facts at start when they are not built yet (the first start after
 * the migration that created them; a database loaded with SQL, which marks them unbuilt), before
 * the application answers any request. One instance builds them, holding the state's row; another
 * starting at the same time waits and then finds them built. The demo dataset, loaded after the
 * start, goes through the events like any change.
 */
@Component
class TallyBuilder implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(TallyBuilder.class);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TallyBuilder(JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            boolean built = jdbc.sql("SELECT built FROM tally_state WHERE id = 1 FOR UPDATE").query(Boolean.class)
                    .single();
            if (built) {
                return;
            }
            long start = System.nanoTime();
            ReportTallies.rebuild(jdbc, LocalDate.now(clock));
            jdbc.sql("UPDATE tally_state SET built = TRUE WHERE id = 1").update();
            log.info("Built the reports' tallies from the facts in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
    }
}
