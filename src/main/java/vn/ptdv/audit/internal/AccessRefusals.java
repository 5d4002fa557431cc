package vn.ptdv.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.shared.AccessRefused;
import vn.ptdv.shared.CurrentUser;

/**
 * Writes down every page or API call answered 404 or 403 by a scope or role check, filed under the
 * caller's home organization: who tried to reach what (the path, with ids and codes only), the
 * answer and its reason. A signed-in user can write these only at the pace of their own requests,
 * each under their own name.
 */
@Component
class AccessRefusals {
    private static final int MAX_KEY = 100;

    private final AuditLog audit;

    AccessRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AccessRefused refused) {
        CurrentUser.find().ifPresent(user -> {
            String request = refused.method() + " " + refused.path();
            audit.recordAs(user.username(), "ACCESS_REFUSED", "request",
                    request.length() > MAX_KEY ? request.substring(0, MAX_KEY) : request, user.homeOrganizationId(),
                    "answer=" + refused.status() + "; reason=" + refused.reason());
        });
    }
}
