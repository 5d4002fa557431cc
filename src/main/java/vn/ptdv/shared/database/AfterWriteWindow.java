package vn.ptdv.shared.database;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Which requests may read from the replica: a request that changes nothing (GET, HEAD, OPTIONS),
 * unless its client wrote something less than {@code window} ago. A write is remembered in a cookie
 * that holds the instant until which the client reads from the primary, so that any instance
 * honours it. The cookie needs no signature: the most a forged one can do is send its holder's reads
 * to the primary, which is always correct.
 */
record AfterWriteWindow(Duration window) {
    static final String COOKIE = "PTDV_PRIMARY_UNTIL";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    AfterWriteWindow {
        if (window.isNegative()) {
            throw new IllegalArgumentException("The after-write window cannot be negative: " + window);
        }
    }

    static boolean writes(String method) {
        return !SAFE_METHODS.contains(method);
    }

    /** Whether the read-only transactions of this request may read from the replica. */
    boolean readsReplica(String method, String primaryUntil, Instant now) {
        return !writes(method) && !before(now, primaryUntil);
    }

    /** The cookie's value for a write at {@code now}: the instant its client reads from the primary until. */
    String primaryUntil(Instant now) {
        return Long.toString(now.plus(window).toEpochMilli());
    }

    private static boolean before(Instant now, String primaryUntil) {
        if (primaryUntil == null) {
            return false;
        }
        try {
            return now.toEpochMilli() < Long.parseLong(primaryUntil.strip());
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }
}
