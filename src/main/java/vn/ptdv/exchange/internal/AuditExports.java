package vn.ptdv.exchange.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ptdv.audit.AuditFilter;
import vn.ptdv.audit.AuditSearch;
import vn.ptdv.exchange.Exports;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.DateInput;

/**
 * "Xuất Excel" of the audit search page ({@code /audit?…&format=xlsx}): the audit module publishes
 * the search ({@link AuditSearch}) and this module, which already depends on it, writes the
 * workbook — the audit module cannot depend on this one, which records its exports there. The
 * export is itself written in the audit log.
 */
@Controller
class AuditExports {
    private final AuditSearch search;
    private final Exports exports;

    AuditExports(AuditSearch search, Exports exports) {
        this.search = search;
        this.exports = exports;
    }

    @GetMapping(value = "/audit", params = "format=xlsx")
    ResponseEntity<byte[]> page(@ModelAttribute AuditFilter filter) {
        return exports.workbook(search.table(filter.parse(DateInput.PAGE)), "audit",
                CurrentUser.require().homeOrganizationId());
    }

    /** The same on the API ({@code GET /api/v1/audit?…&format=xlsx}, dates as yyyy-MM-dd). */
    @org.springframework.web.bind.annotation.RestController
    static class Api {
        private final AuditSearch search;
        private final Exports exports;

        Api(AuditSearch search, Exports exports) {
            this.search = search;
            this.exports = exports;
        }

        @GetMapping(value = "/api/v1/audit", params = "format=xlsx")
        ResponseEntity<byte[]> api(@ModelAttribute AuditFilter filter) {
            return exports.workbook(search.table(filter.parse(DateInput.API)), "audit",
                    CurrentUser.require().homeOrganizationId());
        }
    }
}
