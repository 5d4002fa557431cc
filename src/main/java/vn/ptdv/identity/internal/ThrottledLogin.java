package vn.ptdv.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.ptdv.audit.AuditLog;

/**
 * The one way in, for the login page and HTTP Basic alike: the attempt is admitted by the
 * {@link LoginThrottle} (account name and source address), then the password is checked. Failed
 * attempts — also for names that match no account — and refused ones are written to the audit log
 * with the source address. A disabled account is told apart only after its password was right, so
 * nothing tells a stranger whether a name exists.
 *
 * <p>Nothing here lets a stranger fill the audit log faster than the throttle lets them guess:
 * a failure is written only after a real password check, which the throttle paces per name and
 * per address; a refused attempt checks nothing and is written at most once per
 * {@link #THROTTLED_QUIET} for its name and its address (on each instance), however many arrive.
 * On the API, a successful full check is written as {@code API_LOGIN}; the calls that the
 * remembered check lets in ({@link RecentlyVerifiedPasswords}) write nothing.
 */
@Component
class ThrottledLogin implements AuthenticationProvider {
    private static final int MAX_NAME = 64;
    /** A throttled name or address is written down once in this interval. */
    static final Duration THROTTLED_QUIET = Duration.ofMinutes(1);
    private static final int MAX_REMEMBERED = 10_000;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserStore store;
    private final AuditLog audit;
    private final boolean api;
    private final Cache<String, Boolean> recentlyThrottled;

    @Autowired
    ThrottledLogin(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle, UserStore store,
            AuditLog audit, Clock clock) {
        this(accounts, encoder, throttle, store, audit, clock, false);
    }

    /** {@code api}: the HTTP Basic door of the API, whose successful checks are audited as API logins. */
    ThrottledLogin(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle, UserStore store,
            AuditLog audit, Clock clock, boolean api) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        // Spring checks "disabled" before the password by default, which tells anyone that the name exists.
        this.passwords.setPreAuthenticationChecks(user -> {
        });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        });
        this.throttle = throttle;
        this.store = store;
        this.audit = audit;
        this.api = api;
        this.recentlyThrottled = Caffeine.newBuilder()
                .expireAfterWrite(THROTTLED_QUIET)
                .maximumSize(MAX_REMEMBERED)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = name(attempt.getName());
        String address = address(attempt);
        Optional<Duration> wait = throttle.admit(username, address);
        if (wait.isPresent()) {
            LoginThrottledException refused = new LoginThrottledException(wait.get());
            if (firstRefusalInAWhile(username, address)) {
                record(username, "LOGIN_THROTTLED", "address=" + address + "; wait=" + refused.waitSeconds());
            }
            throw refused;
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            if (api) {
                record(username, "API_LOGIN", "via=basic; address=" + address);
            }
            return authenticated;
        } catch (BadCredentialsException wrong) {
            record(username, "LOGIN_FAILED", "address=" + address);
            throw wrong;
        } catch (DisabledException disabled) {
            throttle.succeeded(username, address);
            record(username, "LOGIN_REFUSED_DISABLED", "address=" + address);
            throw disabled;
        }
    }

    /** Whether neither the name nor the address was written down as throttled within {@link #THROTTLED_QUIET}. */
    private boolean firstRefusalInAWhile(String username, String address) {
        String name = "n:" + username;
        String from = "a:" + address;
        boolean first = recentlyThrottled.getIfPresent(name) == null && recentlyThrottled.getIfPresent(from) == null;
        recentlyThrottled.put(name, Boolean.TRUE);
        recentlyThrottled.put(from, Boolean.TRUE);
        return first;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Page logins only: API calls authenticate on every request and would flood the log. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record(name(authentication.getName()), "LOGIN", "address=" + address(authentication));
    }

    /** Filed under the account's home organization for its managers to read; unknown names for administrators. */
    private void record(String username, String action, String details) {
        Long organizationId = store.findByUsername(username).map(UserRow::organizationId).orElse(null);
        audit.recordAs(username, action, "user", username, organizationId, details);
    }

    private static String name(String typed) {
        String name = AccountDetailsService.normalize(typed);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** The client's address as the server sees it (the proxy's forwarded address when configured). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }
}
