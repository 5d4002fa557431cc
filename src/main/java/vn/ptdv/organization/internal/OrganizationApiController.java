package vn.ptdv.organization.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.internal.OrganizationForms.ChangeForm;
import vn.ptdv.organization.internal.OrganizationForms.CreateForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Tổ chức đảng", description = "Cây tổ chức đảng trong phạm vi của tài khoản")
class OrganizationApiController {
    private final OrganizationService service;
    private final TreeReader reader;
    private final AccessScope scope;
    private final OrganizationExport export;
    private final Exports exports;

    OrganizationApiController(OrganizationService service, TreeReader reader, AccessScope scope,
            OrganizationExport export, Exports exports) {
        this.export = export;
        this.exports = exports;
        this.service = service;
        this.reader = reader;
        this.scope = scope;
    }

    record OrganizationResponse(String code, String name, String type, String cellKind, String parentCode,
            List<String> path, LocalDate establishedOn, boolean delegatedAdmission, int version) {
    }

    record ListItem(String code, String name, String type, String cellKind, String parentCode, int depth,
            int childCount) {
    }

    @PostMapping
    @Operation(summary = "Thêm một tổ chức đảng dưới một tổ chức trong phạm vi")
    ResponseEntity<OrganizationResponse> create(@RequestBody CreateForm body) {
        OrganizationRow created = service.createRecord(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.code())).body(response(created));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một tổ chức đảng, với đường dẫn từ gốc cây")
    OrganizationResponse get(@PathVariable String code) {
        return response(service.requireRecord(code));
    }

    @GetMapping
    @Operation(summary = "Các tổ chức thuộc cây con của một tổ chức (kể cả nó), hoặc tìm theo tên/mã; format=xlsx trả "
            + "về cả cây con trong tệp Excel theo mẫu nhập tổ chức")
    ResponseEntity<?> list(@RequestParam(required = false) String under,
            @RequestParam(required = false) String q, @RequestParam(required = false) String date,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Problems problems = new Problems("org");
        LocalDate day = problems.date("date", date, false, DateInput.API);
        if (page < 0) {
            problems.malformed("page", "validation.notNegative");
        }
        problems.throwIfAny();
        LocalDate onDate = day == null ? scope.today() : day;
        if (Problems.optional(q) != null && !Exports.wantsWorkbook(format, accept)) {
            List<TreeNode> found = reader.search(scope.rootIds(), q, onDate, TreeReader.SEARCH_LIMIT);
            return ResponseEntity.ok(new PageResult<>(found.stream().map(OrganizationApiController::item).toList(), 0,
                    found.size(), found.size()));
        }
        long root = subtreeRoot(under);
        return exports.answer(format, accept, () -> reader.subtree(root, onDate, page, PageResult.clampSize(size))
                .map(OrganizationApiController::item), "organizations", root,
                () -> export.table(reader.byId(root).orElseThrow(), onDate));
    }

    /** The organization named by {@code under}, or the user's only root when none is named. */
    private long subtreeRoot(String under) {
        String code = Problems.optional(under);
        if (code != null) {
            return service.requireRecord(code).id();
        }
        List<Long> roots = scope.rootIds();
        if (roots.size() != 1) {
            new Problems("org").malformed("under", "validation.required").throwIfAny();
        }
        return roots.get(0);
    }

    @PatchMapping("/{code}")
    @Operation(summary = "Đổi tên, loại, hoặc chuyển tổ chức sang tổ chức cấp trên khác từ một ngày")
    OrganizationResponse patch(@PathVariable String code, @RequestBody ChangeForm body) {
        return response(service.change(body.parse(code, DateInput.API)));
    }

    private OrganizationResponse response(OrganizationRow row) {
        List<TreeNode> path = reader.path(row.id(), scope.today());
        String parentCode = path.size() < 2 ? null : path.get(path.size() - 2).code();
        return new OrganizationResponse(row.code(), row.name(), row.type().name(),
                row.cellKind() == null ? null : row.cellKind().name(), parentCode,
                path.stream().map(TreeNode::code).toList(), row.establishedOn(), row.delegatedAdmission(),
                row.version());
    }

    private static ListItem item(TreeNode node) {
        return new ListItem(node.code(), node.name(), node.type().name(),
                node.cellKind() == null ? null : node.cellKind().name(), node.parentCode(), node.depth(),
                node.childCount());
    }
}
