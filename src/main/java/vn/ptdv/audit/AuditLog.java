package vn.ptdv.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.shared.CurrentUser;

/**
 * Records an action in the caller's transaction, so that an entry exists exactly when the
 * change it describes was stored.
 */
@Service
public class AuditLog {
    private static final int MAX_DETAILS = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of the system when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityKey, Long organizationId, String details) {
        String username = CurrentUser.find().map(CurrentUser::username).orElse("system");
        recordAs(username, action, entityType, entityKey, organizationId, details);
    }

    /** Records an action whose actor is known by name only (a login attempt, say). */
    @Transactional
    public void recordAs(String username, String action, String entityType, String entityKey, Long organizationId,
            String details) {
        String text = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, username, action, entity_type, entity_key, organization_id, details)
                VALUES (:at, :username, :action, :entityType, :entityKey, :organizationId, :details)
                """)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityKey", entityKey)
                .param("organizationId", organizationId)
                .param("details", text)
                .update();
    }
}
