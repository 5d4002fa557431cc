package vn.ptdv.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ptdv.shared.CurrentUser;

/** The signed-in account in the security context (and in the shared session store). */
final class AccountPrincipal implements UserDetails, CredentialsContainer, CurrentUser.Holder {
    private final CurrentUser user;
    private final boolean enabled;
    private String passwordHash;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && that.user.username().equals(user.username());
    }

    @Override
    public int hashCode() {
        return user.username().hashCode();
    }

    @Override
    public String toString() {
        return user.username();
    }
}
