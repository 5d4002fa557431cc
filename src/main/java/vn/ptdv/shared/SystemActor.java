package vn.ptdv.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (first administrator, demo data) as the installation itself. */
public final class SystemActor {
    /** The name recorded for what the installation itself did; no account may take it. */
    public static final String USERNAME = "system";
    private static final CurrentUser SYSTEM = new CurrentUser(0, USERNAME, "Hệ thống", Role.ADMIN, null);

    private SystemActor() {
    }

    /** Who did something, as pages show it: the account's name, or "Hệ thống" for the installation. */
    public static String displayName(String username) {
        return USERNAME.equals(username) ? SYSTEM.fullName() : username;
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CurrentUser.Holder principal = () -> SYSTEM;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
