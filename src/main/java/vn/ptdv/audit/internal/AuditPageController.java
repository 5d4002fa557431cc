package vn.ptdv.audit.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ptdv.audit.AuditFilter;
import vn.ptdv.audit.AuditRecord;
import vn.ptdv.audit.AuditSearch;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.FormErrors;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;

/**
 * The audit search of the user's scope, newest first: by person, account, organization, kind and
 * period. Its "Xuất Excel" link ({@code format=xlsx}) is answered by the exchange module, which
 * may depend on this one.
 */
@Controller
class AuditPageController {
    private final AuditSearch search;
    private final Messages messages;

    AuditPageController(AuditSearch search, Messages messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, Model model) {
        if (!CurrentUser.require().role().canReadAudit()) {
            throw new ForbiddenException("audit.forbidden");
        }
        PageResult<AuditRecord> entries;
        try {
            entries = search.search(filter.parse(DateInput.PAGE), Math.max(page, 0), PageResult.DEFAULT_SIZE);
            model.addAttribute("auditExportUrl", link(filter).queryParam("format", "xlsx").build().encode()
                    .toUriString());
        } catch (InvalidInputException refused) {
            FormErrors.reject(binding, refused);
            // The summary names each field ("Từ ngày: …"): the filter's fields have no labels above them on a phone.
            model.addAttribute("filterProblems", refused.problems().stream().map(messages::withLabel).toList());
            entries = new PageResult<>(List.of(), 0, PageResult.DEFAULT_SIZE, 0);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("kinds", search.kinds());
        String self = link(filter).build().encode().toUriString();
        model.addAttribute("pageUrl", self + (self.contains("?") ? "&" : "?"));
        return "audit/list";
    }

    /** The page's own address with the filter's values that were given. */
    private static UriComponentsBuilder link(AuditFilter filter) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/audit");
        param(link, "person", filter.person());
        param(link, "user", filter.user());
        param(link, "organization", filter.organization());
        param(link, "kind", filter.kind());
        param(link, "from", filter.from());
        param(link, "to", filter.to());
        return link;
    }

    private static void param(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }
}
