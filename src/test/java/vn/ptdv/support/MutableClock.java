package vn.ptdv.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The tests' clock: it starts on a fixed day ({@code ptdv.test.today}, by default {@link #DEFAULT_TODAY};
 * CI runs the database tests a second time on a day years later), at nine in the morning in
 * Vietnam, and runs on from there with real time so that records keep their order. Tests move it
 * forward (lockout expiry, deadlines) and back.
 */
public class MutableClock extends Clock {
    public static final LocalDate DEFAULT_TODAY = LocalDate.of(2026, 11, 16);
    private static final long STARTED = System.nanoTime();

    private final ZoneId zone;
    private final Instant start;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock(ZoneId zone) {
        this(zone, today());
    }

    /** A clock that starts on the day given, at nine in the morning in the zone. */
    public MutableClock(ZoneId zone, LocalDate day) {
        this(zone, day.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant());
    }

    private MutableClock(ZoneId zone, Instant start) {
        this.zone = zone;
        this.start = start;
    }

    /** The day the tests run on. */
    public static LocalDate today() {
        String configured = System.getProperty("ptdv.test.today", "").strip();
        return configured.isEmpty() ? DEFAULT_TODAY : LocalDate.parse(configured);
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
        MutableClock clock = new MutableClock(other, start);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return start.plusNanos(System.nanoTime() - STARTED).plus(offset);
    }
}
