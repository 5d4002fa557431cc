package vn.ptdv.shared;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account as every module sees it. {@code homeOrganizationId} is empty only for
 * an administrator, whose scope is the whole installation.
 */
public record CurrentUser(long id, String username, String fullName, Role role, Long homeOrganizationId)
        implements Serializable {

    /** Implemented by the security principal so that modules need not know the identity module. */
    public interface Holder {
        CurrentUser currentUser();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public static Optional<CurrentUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Holder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; every request that reaches a controller has one. */
    public static CurrentUser require() {
        return find().orElseThrow(() -> new ForbiddenException("error.notSignedIn"));
    }
}
