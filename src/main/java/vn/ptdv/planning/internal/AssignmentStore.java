package vn.ptdv.planning.internal;

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
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.shared.PageResult;

/** SQL of cell assignments. Rows come without the member's name, which the membership module knows. */
@Repository
class AssignmentStore {
    private static final String SELECT = """
            SELECT a.id, a.member_id, a.cell_id, o.code, o.name, a.role, a.valid_from, a.valid_to
            FROM cell_assignment a JOIN organization_directory o ON o.id = a.cell_id
            """;

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AssignCadre assignment, long cellId, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cell_assignment (member_id, cell_id, role, valid_from, valid_to, directive_id, created_at,
                                             created_by)
                VALUES (:member, :cell, :role, :from, :to, :directive, :now, :user)
                """).param("member", assignment.memberId()).param("cell", cellId)
                .param("role", assignment.role().name()).param("from", assignment.from())
                .param("to", assignment.to()).param("directive", assignment.directiveId()).param("now", now)
                .param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether the member already has this role in the cell on a day of the period ({@code to} null: open). */
    boolean overlaps(long memberId, long cellId, AssignmentRole role, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM cell_assignment
                WHERE member_id = :member AND cell_id = :cell AND role = :role
                  AND valid_from <= :to AND (valid_to IS NULL OR valid_to >= :from)
                """).param("member", memberId).param("cell", cellId).param("role", role.name())
                .param("to", to == null ? DatePeriod.OPEN_END : to).param("from", from).query(Long.class).single() > 0;
    }

    Optional<AssignmentRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id).query(AssignmentStore::map).optional();
    }

    /** Assignments to cells of the subtree, the latest first. */
    PageResult<AssignmentRow> page(SubtreeSql subtree, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        String where = " WHERE " + subtree.condition("a.cell_id");
        long total = jdbc.sql("SELECT COUNT(*) FROM cell_assignment a" + where).params(params).query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AssignmentRow> rows = jdbc.sql(SELECT + where
                + " ORDER BY a.valid_from DESC, a.id DESC LIMIT :limit OFFSET :offset").params(params)
                .query(AssignmentStore::map).list();
        return new PageResult<>(rows, page, size, total);
    }

    private static AssignmentRow map(ResultSet rs, int n) throws SQLException {
        return new AssignmentRow(rs.getLong("id"), rs.getLong("member_id"), null, rs.getLong("cell_id"),
                rs.getString("code"), rs.getString("name"), AssignmentRole.valueOf(rs.getString("role")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }
}
