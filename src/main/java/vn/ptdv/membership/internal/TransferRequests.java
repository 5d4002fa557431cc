package vn.ptdv.membership.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.TransferInbox;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;

/**
 * Transfers to a cell outside the sender's scope, as requests: the sending side (the scope of the
 * member's cell when asked) sees and may withdraw them, the receiving side (the scope of the
 * destination, a common superior included) sees and accepts or declines them. Anyone else gets
 * the same 404 as for a request that does not exist.
 */
@Service
class TransferRequests implements TransferInbox {
    static final int LIST_LIMIT = 200;

    private final TransferRequestStore store;
    private final MemberService members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TransferRequests(TransferRequestStore store, MemberService members, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A request as the caller may see it: the destination's name only when the caller sees it; the
     * account that asked (or answered) only to the side it belongs to.
     */
    record Seen(TransferRequestRow request, String destinationName, String requestedBy, String decidedBy,
            boolean mayAnswer, boolean mayWithdraw) {
    }

    List<Seen> list(TransferDirection direction) {
        return store.list(direction == TransferDirection.INCOMING, scope.sql(), LIST_LIMIT).stream()
                .map(this::seen).toList();
    }

    @Override
    public long pendingIncoming() {
        return store.pendingIncoming(scope.sql());
    }

    Seen requireVisible(long id) {
        TransferRequestRow row = store.findById(id).filter(r -> sender(r) || receiver(r))
                .orElseThrow(() -> new NotFoundException("transfer.notFound", id));
        return seen(row);
    }

    @Transactional
    Seen answer(AnswerTransfer input) {
        Seen seen = requireVisible(input.requestId());
        TransferRequestRow row = seen.request();
        scope.requireWriter();
        boolean allowed = input.answer() == TransferState.WITHDRAWN ? sender(row) : receiver(row);
        if (!allowed) {
            throw new ForbiddenException(input.answer() == TransferState.WITHDRAWN
                    ? "transfer.forbidden.withdraw" : "transfer.forbidden.answer");
        }
        if (row.state() != TransferState.PENDING) {
            throw new ConflictException("transfer.alreadyAnswered");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String user = scope.user().username();
        if (!store.decide(row.id(), input.answer(), scope.today(), input.reason(), now, user)) {
            throw new ConflictException("transfer.alreadyAnswered");
        }
        long organization = input.answer() == TransferState.WITHDRAWN ? row.fromOrganizationId()
                : row.toOrganizationId();
        if (input.answer() == TransferState.ACCEPTED) {
            String code = organizations.findById(row.toOrganizationId()).orElseThrow().code();
            members.moveAccepted(row.memberId(), code, row.note());
        }
        audit.record("TRANSFER_" + input.answer().name(), "transfer_request", String.valueOf(row.id()), organization,
                "member=" + row.memberId() + "; from=" + row.fromCode() + "; to=" + row.toCode());
        return requireVisibleAfter(row.id());
    }

    /** After an acceptance the sender no longer sees the member, but still sees their request. */
    private Seen requireVisibleAfter(long id) {
        return seen(store.findById(id).orElseThrow());
    }

    private boolean sender(TransferRequestRow row) {
        return scope.canSee(row.fromOrganizationId());
    }

    private boolean receiver(TransferRequestRow row) {
        return row.toOrganizationId() != null && scope.canSee(row.toOrganizationId());
    }

    private Seen seen(TransferRequestRow row) {
        boolean receiver = receiver(row);
        boolean sender = sender(row);
        boolean writer = scope.user().role().canWrite();
        boolean pending = row.state() == TransferState.PENDING;
        boolean decidedHere = row.state() == TransferState.WITHDRAWN ? sender : receiver;
        return new Seen(row, receiver ? row.toName() : null, sender ? row.requestedBy() : null,
                decidedHere ? row.decidedBy() : null, pending && writer && receiver, pending && writer && sender);
    }
}
