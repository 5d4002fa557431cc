package vn.ptdv.membership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.SubtreeSql;

/** SQL of transfer requests. */
@Repository
class TransferRequestStore {
    private static final String SELECT = """
            SELECT r.id, r.member_id, p.full_name, p.birth_date, r.from_organization_id, f.code AS from_code,
                   f.name AS from_name, r.to_organization_code, r.to_organization_id, t.name AS to_name,
                   r.requested_on, r.note, r.state, r.requested_by, r.decided_on, r.decided_by, r.reason
            FROM transfer_request r
            JOIN party_member m ON m.id = r.member_id
            JOIN person p ON p.id = m.person_id
            JOIN organization_directory f ON f.id = r.from_organization_id
            LEFT JOIN organization_directory t ON t.id = r.to_organization_id
            """;

    private final JdbcClient jdbc;

    TransferRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long memberId, long fromId, String toCode, Long toId, LocalDate requestedOn, String note,
            OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO transfer_request (member_id, from_organization_id, to_organization_code,
                       to_organization_id, requested_on, note, state, requested_at, requested_by)
                VALUES (:member, :from, :code, :to, :on, :note, 'PENDING', :now, :user)
                """)
                .param("member", memberId).param("from", fromId).param("code", toCode).param("to", toId)
                .param("on", requestedOn).param("note", note).param("now", now).param("user", user)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<TransferRequestRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(TransferRequestStore::row).optional();
    }

    boolean pendingFor(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM transfer_request WHERE member_id = :member AND state = 'PENDING'")
                .param("member", memberId).query(Long.class).single() > 0;
    }

    /** Moves a pending request to its answer; false when it is no longer pending (answered meanwhile). */
    boolean decide(long id, TransferState state, LocalDate on, String reason, OffsetDateTime now, String user) {
        return jdbc.sql("""
                UPDATE transfer_request SET state = :state, decided_on = :on, decided_at = :now, decided_by = :user,
                       reason = :reason
                WHERE id = :id AND state = 'PENDING'
                """)
                .param("state", state.name()).param("on", on).param("now", now).param("user", user)
                .param("reason", reason).param("id", id).update() == 1;
    }

    /** Requests whose destination (incoming) or sending cell (outgoing) lies in the scope, newest first. */
    List<TransferRequestRow> list(boolean incoming, SubtreeSql scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        scope.bind(params);
        params.put("limit", limit);
        String column = incoming ? "r.to_organization_id" : "r.from_organization_id";
        String condition = incoming ? column + " IS NOT NULL AND " + scope.condition(column) : scope.condition(column);
        return jdbc.sql(SELECT + " WHERE " + condition
                + " ORDER BY CASE WHEN r.state = 'PENDING' THEN 0 ELSE 1 END, r.requested_at DESC, r.id DESC"
                + " FETCH FIRST :limit ROWS ONLY")
                .params(params).query(TransferRequestStore::row).list();
    }

    long pendingIncoming(SubtreeSql scope) {
        Map<String, Object> params = new HashMap<>();
        scope.bind(params);
        return jdbc.sql("SELECT COUNT(*) FROM transfer_request r WHERE r.state = 'PENDING'"
                + " AND r.to_organization_id IS NOT NULL AND " + scope.condition("r.to_organization_id"))
                .params(params).query(Long.class).single();
    }

    private static TransferRequestRow row(ResultSet rs, int n) throws SQLException {
        long to = rs.getLong("to_organization_id");
        Long toId = rs.wasNull() ? null : to;
        return new TransferRequestRow(rs.getLong("id"), rs.getLong("member_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getLong("from_organization_id"),
                rs.getString("from_code"), rs.getString("from_name"), rs.getString("to_organization_code"),
                toId, rs.getString("to_name"), rs.getObject("requested_on", LocalDate.class),
                rs.getString("note"), TransferState.valueOf(rs.getString("state")), rs.getString("requested_by"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"), rs.getString("reason"));
    }
}
