package vn.ptdv.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

/** The throttle's rows go away once their failures are forgotten, so guessed names do not pile up. */
@IntegrationTest
class LoginThrottleStoreTest {
    @Autowired
    LoginThrottle throttle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void rowsOfAttemptsForgottenAnHourAgoAreRemoved() {
        String old = "ten-cu-" + System.nanoTime();
        String recent = "ten-moi-" + System.nanoTime();
        String address = "198.51.100." + (System.nanoTime() % 200 + 1);
        assertThat(throttle.admit(old, address)).isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.admit(recent, address)).isEmpty();

        assertThat(throttle.forgetOld()).isPositive();
        assertThat(count(LoginThrottle.accountKey(old))).isZero();
        assertThat(count(LoginThrottle.accountKey(recent))).isOne();
        assertThat(count(LoginThrottle.addressKey(address))).isOne();
    }

    private long count(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = :k").param("k", key)
                .query(Long.class).single();
    }
}
