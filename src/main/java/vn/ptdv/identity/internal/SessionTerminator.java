package vn.ptdv.identity.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account whose access changed (role, home organization, disabled,
 * password reset), on whichever instance the session was opened: sessions live in the database.
 */
@Component
class SessionTerminator {
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    /** Every session of the account but the one of the current request (a user who changed their password). */
    void endOtherSessionsOf(String username) {
        String current = currentSessionId();
        sessions.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(current))
                .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
