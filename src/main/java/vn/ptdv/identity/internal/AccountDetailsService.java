package vn.ptdv.identity.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ptdv.shared.CurrentUser;

/** Loads an account for login ({@link ThrottledLogin} decides first whether the attempt may check its password). */
@Service
class AccountDetailsService implements UserDetailsService {
    private final UserStore store;

    AccountDetailsService(UserStore store) {
        this.store = store;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow row = store.findByUsername(normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.fullName(), row.role(), row.organizationId());
        return new AccountPrincipal(user, row.passwordHash(), row.enabled());
    }
}
