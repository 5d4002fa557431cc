package vn.ptdv.identity.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused, before its password was checked, because of earlier failures. */
class LoginThrottledException extends AuthenticationException {
    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins; retry in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
