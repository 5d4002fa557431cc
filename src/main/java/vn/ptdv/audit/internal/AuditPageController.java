package vn.ptdv.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/**
 * The audit log of the user's scope, newest first: entries filed under an organization of the
 * subtree (an administrator reads every entry, system ones included).
 */
@Controller
class AuditPageController {
    private final AuditStore store;
    private final Clock clock;

    AuditPageController(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String user, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser viewer = CurrentUser.require();
        if (!viewer.role().canReadAudit()) {
            throw new ForbiddenException("audit.forbidden");
        }
        String username = Problems.optional(user);
        // Today from the clock bean itself: AccessScope's module (organization) writes to this log, so this
        // module may not ask it.
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("entries", store.page(viewer.isAdmin() ? null : viewer.homeOrganizationId(), today,
                username == null ? null : username.toLowerCase(Locale.ROOT), Math.max(page, 0),
                PageResult.DEFAULT_SIZE));
        model.addAttribute("user", username);
        return "audit/list";
    }
}
