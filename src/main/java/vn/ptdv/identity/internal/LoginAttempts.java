package vn.ptdv.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.ptdv.audit.AuditLog;

/**
 * Five wrong passwords in a row lock an account for fifteen minutes, for page logins and API
 * calls alike. The count lives in the database, so every instance sees the same.
 */
@Component
class LoginAttempts {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final UserStore store;
    private final AuditLog audit;
    private final Clock clock;

    LoginAttempts(UserStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = AccountDetailsService.normalize(event.getAuthentication().getName());
        OffsetDateTime until = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plus(LOCK);
        boolean locked = store.recordFailure(username, MAX_FAILURES, until).isPresent();
        record(username, locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILED");
    }

    @EventListener
    void refusedWhileLocked(AuthenticationFailureLockedEvent event) {
        record(AccountDetailsService.normalize(event.getAuthentication().getName()), "LOGIN_REFUSED_LOCKED");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        store.clearFailures(AccountDetailsService.normalize(event.getAuthentication().getName()));
    }

    /** Page logins only: API calls authenticate on every request and would flood the log. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(AccountDetailsService.normalize(event.getAuthentication().getName()), "LOGIN");
    }

    /** Entries of known accounts only, filed under their home organization for its managers to read. */
    private void record(String username, String action) {
        store.findByUsername(username).ifPresent(account ->
                audit.recordAs(username, action, "user", username, account.organizationId(), null));
    }
}
