package vn.ptdv.planning.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Members;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.Assignments;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Cadres assigned to supervise a cell or attend its meetings, from a day to a day. */
@Service
class AssignmentService implements Assignments {
    private final AssignmentStore store;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final DirectiveService directives;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(AssignmentStore store, Members members, OrganizationDirectory organizations, AccessScope scope,
            DirectiveService directives, AuditLog audit, Clock clock) {
        this.directives = directives;
        this.store = store;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @Override
    public long assign(AssignCadre assignment) {
        return assignChecked(assignment).id();
    }

    /**
     * A cell in scope (a committee's work), a period that does not end before it starts, a member
     * official on its first day, and no assignment of the same member, cell and role overlapping it.
     */
    @Transactional
    AssignmentRow assignChecked(AssignCadre input) {
        Problems problems = new Problems("assignment");
        OrganizationRef cell = scope.organizationForChange(problems, "cellCode", input.cellCode()).orElse(null);
        if (cell != null) {
            if (!scope.user().role().canActForCommittee()) {
                throw new ForbiddenException("assignment.forbidden");
            }
            if (!cell.type().isCell()) {
                problems.refuse("cellCode", "assignment.notCell", cell.name());
            }
        }
        if (input.to() != null && input.to().isBefore(input.from())) {
            problems.refuse("to", "assignment.to.beforeFrom", VietnameseDates.format(input.from()));
        }
        if (input.directiveId() != null && cell != null) {
            directives.forChange(problems, "directiveId", cell, input.directiveId());
        }
        Optional<Members.MemberRef> member = scope.forChange(problems, "memberId", input.memberId(),
                members.onDate(input.memberId(), input.from()), Members.MemberRef::organizationId);
        if (member.isPresent() && !member.get().officialOn(input.from())) {
            problems.refuse("memberId", "assignment.member.notOfficial", String.valueOf(input.memberId()),
                    VietnameseDates.format(input.from()));
        }
        if (cell != null && member.isPresent() && store.overlaps(input.memberId(), cell.id(), input.role(), input.from(), input.to())) {
            problems.refuse("from", "assignment.overlap", member.map(Members.MemberRef::fullName).orElse(""),
                    cell.name());
        }
        problems.throwIfAny();
        long id = store.insert(input, cell.id(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                scope.user().username());
        audit.record("ASSIGNMENT_CREATED", "assignment", String.valueOf(id), cell.id(),
                "member=" + input.memberId() + "; organization=" + cell.code());
        return named(store.find(id).orElseThrow());
    }

    /** Assignments to cells of the subtree, the latest first. */
    @Transactional(readOnly = true)
    PageResult<AssignmentRow> page(SubtreeSql subtree, int page, int size) {
        return store.page(subtree, page, size).map(this::named);
    }

    /** The row with the member's name as it was on the assignment's first day. */
    private AssignmentRow named(AssignmentRow row) {
        return row.withMemberName(members.onDate(row.memberId(), row.from()).map(Members.MemberRef::fullName)
                .orElse(""));
    }
}
