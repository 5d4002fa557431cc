package vn.ptdv.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the tests can move forward (lockout expiry, deadlines); it follows real time otherwise. */
public class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        MutableClock clock = new MutableClock(other);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
