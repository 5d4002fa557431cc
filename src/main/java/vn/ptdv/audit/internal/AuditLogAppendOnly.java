package vn.ptdv.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's trigger on {@code audit_log} (migration V46 of {@code db/vendor/h2}):
 * every UPDATE and DELETE of an entry is refused, as PostgreSQL's trigger does.
 */
public class AuditLogAppendOnly implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
