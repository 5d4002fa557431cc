package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Cadres assigned to supervise a cell or attend its meetings, from a day to a day. */
@Service
class AssignmentService {
    private final JdbcClient jdbc;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(JdbcClient jdbc, Members members, OrganizationDirectory organizations, AccessScope scope,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    record AssignmentInput(Long memberId, String cellCode, String role, String from, String to, Long directiveId) {
    }

    record AssignmentRow(long id, long memberId, String memberName, long cellId, String cellCode, String cellName,
            AssignmentRole role, LocalDate from, LocalDate to) {

        public boolean activeOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    @Transactional
    AssignmentRow create(AssignmentInput input, DateInput dateInput) {
        Problems problems = new Problems("assignment");
        OrganizationRef cell = null;
        String code = problems.required("cellCode", input.cellCode());
        if (code != null) {
            cell = organizations.findByCode(code).filter(o -> scope.canSee(o.id())).orElse(null);
            if (cell == null) {
                problems.refuse("cellCode", "org.parent.unknown", code);
            } else {
                scope.requireWritable(cell);
                if (!scope.user().role().canActForCommittee()) {
                    throw new ForbiddenException("assignment.forbidden");
                }
                if (!cell.type().isCell()) {
                    problems.refuse("cellCode", "assignment.notCell", cell.name());
                }
            }
        }
        AssignmentRole role = problems.oneOf("role", input.role(), AssignmentRole.class, true);
        LocalDate from = problems.date("from", input.from(), true, dateInput);
        LocalDate to = problems.date("to", input.to(), false, dateInput);
        if (from != null && to != null && to.isBefore(from)) {
            problems.refuse("to", "assignment.to.beforeFrom", VietnameseDates.format(from));
        }
        Optional<Members.MemberRef> member = Optional.empty();
        if (input.memberId() == null) {
            problems.malformed("memberId", "validation.required");
        } else if (from != null) {
            member = members.onDate(input.memberId(), from);
            if (member.isEmpty() || !member.get().officialOn(from)) {
                problems.refuse("memberId", "assignment.member.notOfficial", String.valueOf(input.memberId()),
                        VietnameseDates.format(from));
            }
        }
        if (cell != null && role != null && from != null && input.memberId() != null
                && overlaps(input.memberId(), cell.id(), role, from, to)) {
            problems.refuse("from", "assignment.overlap", member.map(Members.MemberRef::fullName).orElse(""),
                    cell.name());
        }
        problems.throwIfAny();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO cell_assignment (member_id, cell_id, role, valid_from, valid_to, directive_id, created_at,
                                             created_by)
                VALUES (:member, :cell, :role, :from, :to, :directive, :now, :user)
                """).param("member", input.memberId()).param("cell", cell.id()).param("role", role.name())
                .param("from", from).param("to", to).param("directive", input.directiveId())
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("user", scope.user().username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("ASSIGNMENT_CREATED", "assignment", String.valueOf(id), cell.id(),
                "name=" + member.get().fullName() + "; organization=" + cell.code());
        return find(id).orElseThrow();
    }

    private boolean overlaps(long memberId, long cellId, AssignmentRole role, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM cell_assignment
                WHERE member_id = :member AND cell_id = :cell AND role = :role
                  AND valid_from <= :to AND (valid_to IS NULL OR valid_to >= :from)
                """).param("member", memberId).param("cell", cellId).param("role", role.name())
                .param("to", to == null ? DatePeriod.OPEN_END : to).param("from", from).query(Long.class).single() > 0;
    }

    private AssignmentRow map(ResultSet rs, int n) throws SQLException {
        long memberId = rs.getLong("member_id");
        LocalDate from = rs.getObject("valid_from", LocalDate.class);
        String name = members.onDate(memberId, from).map(Members.MemberRef::fullName).orElse("");
        return new AssignmentRow(rs.getLong("id"), memberId, name, rs.getLong("cell_id"), rs.getString("code"),
                rs.getString("name"), AssignmentRole.valueOf(rs.getString("role")), from,
                rs.getObject("valid_to", LocalDate.class));
    }

    Optional<AssignmentRow> find(long id) {
        return jdbc.sql("""
                SELECT a.id, a.member_id, a.cell_id, o.code, o.name, a.role, a.valid_from, a.valid_to
                FROM cell_assignment a JOIN organization_directory o ON o.id = a.cell_id WHERE a.id = :id
                """).param("id", id).query(this::map).optional();
    }

    /** Assignments to cells of the subtree, the latest first. */
    @Transactional(readOnly = true)
    PageResult<AssignmentRow> page(SubtreeSql subtree, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        String where = " WHERE " + subtree.condition("a.cell_id");
        long total = jdbc.sql("SELECT COUNT(*) FROM cell_assignment a" + where).params(params).query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AssignmentRow> rows = jdbc.sql("""
                SELECT a.id, a.member_id, a.cell_id, o.code, o.name, a.role, a.valid_from, a.valid_to
                FROM cell_assignment a JOIN organization_directory o ON o.id = a.cell_id
                """ + where + " ORDER BY a.valid_from DESC, a.id DESC LIMIT :limit OFFSET :offset").params(params)
                .query(this::map).list();
        return new PageResult<>(rows, page, size, total);
    }
}
