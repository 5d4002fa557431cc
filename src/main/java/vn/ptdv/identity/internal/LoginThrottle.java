package vn.ptdv.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growing delays instead of a lock. Every login attempt claims a slot for its account name and
 * for its source address before its password is checked: one UPDATE counts the attempt as a
 * failure and sets the time before which the next attempt is refused, and only when that time
 * has passed — so parallel guesses cannot slip between the check and the count. A right password
 * gives the slot back. Names that match no account are counted the same way, so that the answer
 * never tells whether an account exists.
 *
 * <p>A stranger failing on purpose slows an account down to one attempt per {@link #ACCOUNT}'s
 * longest delay (a minute): the real user still gets in, after at most that wait. The address
 * throttle, which allows more failures (offices share one address) but grows to a quarter of an
 * hour, stops one machine guessing across many accounts.
 */
@Component
class LoginThrottle {
    /** Failures allowed before delays start, the first and the longest delay, and how long failures are remembered. */
    record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration memory) {
    }

    static final Policy ACCOUNT = new Policy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    static final Policy ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));

    /** Every so many attempts, rows that are no longer remembered are removed (guessed names pile up otherwise). */
    private static final int CLEAN_EVERY = 256;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicInteger attempts = new AtomicInteger();

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String accountKey(String username) {
        return "account:" + username;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /**
     * Claims an attempt for the address, then for the account. Empty when the attempt may check its
     * password; otherwise how long to wait (and nothing is counted).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Duration> admit(String username, String address) {
        if (attempts.incrementAndGet() % CLEAN_EVERY == 0) {
            forgetOld();
        }
        Optional<Duration> addressWait = claim(addressKey(address), ADDRESS);
        if (addressWait.isPresent()) {
            return addressWait;
        }
        Optional<Duration> accountWait = claim(accountKey(username), ACCOUNT);
        if (accountWait.isPresent()) {
            giveBack(addressKey(address), ADDRESS);
        }
        return accountWait;
    }

    /** The password was right: the account's failures are forgotten and the address's claim given back. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(username)).update();
        giveBack(addressKey(address), ADDRESS);
    }

    /** Removes the rows whose failures are forgotten and whose delay has passed; returns how many. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int forgetOld() {
        long now = clock.millis();
        long memory = Math.max(ACCOUNT.memory().toMillis(), ADDRESS.memory().toMillis());
        return jdbc.sql("DELETE FROM login_throttle WHERE last_attempt_at < :forgetBefore AND blocked_until <= :now")
                .param("forgetBefore", now - memory).param("now", now).update();
    }

    private Optional<Duration> claim(String key, Policy policy) {
        for (int attempt = 0; attempt < 5; attempt++) {
            long now = clock.millis();
            // One statement counts the attempt and gates it: rows still blocked are not updated.
            int updated = jdbc.sql("""
                    UPDATE login_throttle SET
                           failures = CASE WHEN last_attempt_at < :forgetBefore THEN 1 ELSE failures + 1 END,
                           last_attempt_at = :now,
                           blocked_until = CASE
                               WHEN (CASE WHEN last_attempt_at < :forgetBefore THEN 1 ELSE failures + 1 END) > :free
                               THEN :now + CAST(LEAST(:maxDelay, :firstDelay * POWER(2, LEAST(
                                        (CASE WHEN last_attempt_at < :forgetBefore THEN 1 ELSE failures + 1 END)
                                        - :free - 1, 30))) AS BIGINT)
                               ELSE 0 END
                    WHERE throttle_key = :key AND blocked_until <= :now
                    """)
                    .param("forgetBefore", now - policy.memory().toMillis())
                    .param("now", now)
                    .param("free", policy.freeFailures())
                    .param("maxDelay", policy.maxDelay().toMillis())
                    .param("firstDelay", policy.firstDelay().toMillis())
                    .param("key", key)
                    .update();
            if (updated == 1) {
                return Optional.empty();
            }
            Optional<Long> blockedUntil = jdbc.sql("SELECT blocked_until FROM login_throttle WHERE throttle_key = :key")
                    .param("key", key).query(Long.class).optional();
            if (blockedUntil.isPresent()) {
                if (blockedUntil.get() > now) {
                    return Optional.of(Duration.ofMillis(blockedUntil.get() - now));
                }
                continue; // unblocked in between: claim again
            }
            try {
                jdbc.sql("""
                        INSERT INTO login_throttle (throttle_key, failures, last_attempt_at, blocked_until)
                        VALUES (:key, 1, :now, :blockedUntil)
                        """)
                        .param("key", key).param("now", now)
                        .param("blockedUntil", policy.freeFailures() < 1 ? now + policy.firstDelay().toMillis() : 0L)
                        .update();
                return Optional.empty();
            } catch (DuplicateKeyException anotherAttemptWasFirst) {
                // claim again against the row it created
            }
        }
        return Optional.of(policy.firstDelay());
    }

    private void giveBack(String key, Policy policy) {
        jdbc.sql("""
                UPDATE login_throttle SET
                       failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END,
                       blocked_until = CASE WHEN failures - 1 > :free THEN blocked_until ELSE 0 END
                WHERE throttle_key = :key
                """).param("free", policy.freeFailures()).param("key", key).update();
    }
}
