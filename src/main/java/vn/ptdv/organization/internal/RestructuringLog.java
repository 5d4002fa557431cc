package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.SystemActor;

/** Records a restructuring (whoever made it: the wizard, the API, a move of the tree) and audits it. */
@Component
class RestructuringLog {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RestructuringLog(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores the restructuring with each organization's role in it (SUBJECT, SOURCE, TARGET). */
    long record(RestructuringType type, LocalDate date, String directive, String summary, Map<Long, String> roles) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO restructuring (type, effective_date, directive, summary, created_at, created_by)
                VALUES (:type, :date, :directive, :summary, :now, :user)
                """)
                .param("type", type.name()).param("date", date).param("directive", directive)
                .param("summary", summary)
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("user", CurrentUser.find().map(CurrentUser::username).orElse(SystemActor.USERNAME))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        roles.forEach((organization, role) -> jdbc.sql("""
                INSERT INTO restructuring_organization (restructuring_id, organization_id, role)
                VALUES (:id, :organization, :role)
                """).param("id", id).param("organization", organization).param("role", role).update());
        audit.record("ORGANIZATION_RESTRUCTURED", "restructuring", String.valueOf(id), roles.keySet().iterator().next(),
                "restructuring=" + type + "; effectiveDate=" + VietnameseDates.format(date)
                        + (directive == null ? "" : "; directive=" + directive)
                        + (summary.isEmpty() ? "" : "; " + summary));
        return id;
    }
}
