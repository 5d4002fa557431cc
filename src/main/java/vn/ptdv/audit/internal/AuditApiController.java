package vn.ptdv.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.audit.AuditFilter;
import vn.ptdv.audit.AuditRecord;
import vn.ptdv.audit.AuditSearch;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** The audit search on the API, with the page's filters and scope; {@code ?format=xlsx} is the exchange module's. */
@RestController
@Tag(name = "Nhật ký thao tác", description = "Tìm trong nhật ký thao tác của phạm vi (quản trị hệ thống, Ban Tổ chức)")
class AuditApiController {
    private final AuditSearch search;

    AuditApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Các mục nhật ký, mới nhất trước: theo người (person), tài khoản (user), tổ chức "
            + "(organization, cả các tổ chức trực thuộc), loại (kind) và khoảng ngày (from, to: yyyy-MM-dd, tính cả hai đầu)")
    PageResult<AuditRecord> list(@ModelAttribute AuditFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String format) {
        String asked = format == null ? "" : format.strip();
        if (!asked.isEmpty() && !"json".equalsIgnoreCase(asked)) {
            // xlsx is answered by the exchange module (exchange.internal.AuditExports); nothing else exists.
            new Problems("export").malformed("format", "export.format.unknown", asked, "json, xlsx").throwIfAny();
        }
        return search.search(filter.parse(DateInput.API), Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/api/v1/audit/kinds")
    @Operation(summary = "Các loại mục nhật ký (mã và tên tiếng Việt)")
    java.util.List<AuditSearch.Kind> kinds() {
        return search.kinds();
    }
}
