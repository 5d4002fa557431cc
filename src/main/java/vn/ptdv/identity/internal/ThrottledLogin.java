package vn.ptdv.identity.internal;

import java.time.Duration;
import java.util.Optional;
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
 */
@Component
class ThrottledLogin implements AuthenticationProvider {
    private static final int MAX_NAME = 64;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserStore store;
    private final AuditLog audit;

    ThrottledLogin(AccountDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle, UserStore store,
            AuditLog audit) {
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
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = name(attempt.getName());
        String address = address(attempt);
        Optional<Duration> wait = throttle.admit(username, address);
        if (wait.isPresent()) {
            LoginThrottledException refused = new LoginThrottledException(wait.get());
            record(username, "LOGIN_THROTTLED", "address=" + address + "; wait=" + refused.waitSeconds());
            throw refused;
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
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
