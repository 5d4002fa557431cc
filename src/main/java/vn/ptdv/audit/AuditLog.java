package vn.ptdv.audit;

/**
 * Records an action in the caller's transaction, so that an entry exists exactly when the
 * change it describes was stored. Details are {@code key=value} pairs separated by "; " (a change
 * as {@code old -> new}).
 */
public interface AuditLog {

    /** Records an action of the signed-in user (or of the system when nobody is signed in), in the caller's transaction. */
    void record(String action, String entityType, String entityKey, Long organizationId, String details);

    /** Records an action whose actor is known by name only (a login attempt, say). */
    void recordAs(String username, String action, String entityType, String entityKey, Long organizationId,
            String details);
}
