package vn.ptdv.planning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.internal.PlanningForms.AssignmentRequest;
import vn.ptdv.planning.internal.PlanningForms.DirectiveForm;
import vn.ptdv.planning.internal.PlanningForms.TargetForm;
import vn.ptdv.planning.internal.PlanningForms.TermForm;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;

@RestController
@Tag(name = "Kế hoạch và chỉ tiêu", description = "Nhiệm kỳ, văn bản (kế hoạch, nghị quyết…), chỉ tiêu kết nạp "
        + "của nhiệm kỳ và từng năm, phân công cấp ủy viên phụ trách chi bộ")
class PlanningApiController {
    private final TermService terms;
    private final DirectiveService directives;
    private final TargetService targets;
    private final AssignmentService assignments;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    PlanningApiController(TermService terms, DirectiveService directives, TargetService targets,
            AssignmentService assignments, OrganizationDirectory organizations, AccessScope scope, Messages messages) {
        this.terms = terms;
        this.directives = directives;
        this.targets = targets;
        this.assignments = assignments;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    record WarningResponse(String code, String message) {
    }

    record DirectiveResponse(long id, int number, String typeCode, String issuerSymbol, String numberSymbol,
            String type, LocalDate issuedOn, String issuerCode, String issuerName, String title,
            List<WarningResponse> warnings) {
    }

    record TargetResponse(String organizationCode, String termCode, Integer year, int admissions, Long directiveId,
            String directive, int version, List<WarningResponse> warnings) {
    }

    record TargetLine(String organizationCode, String name, Map<String, Integer> targets) {
    }

    record TargetsResponse(String termCode, List<Integer> years, TargetLine organization, List<TargetLine> children) {
    }

    record AssignmentResponse(long id, long memberId, String memberName, String cellCode, String cellName, String role,
            LocalDate from, LocalDate to) {
    }

    @PostMapping("/api/v1/terms")
    @Operation(summary = "Thêm một nhiệm kỳ (quản trị hệ thống, Ban Tổ chức)")
    ResponseEntity<Term> createTerm(@RequestBody TermForm body) {
        terms.requireManager(); // who may add terms at all, before what was sent
        Term term = terms.create(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/terms/" + term.code())).body(term);
    }

    @GetMapping("/api/v1/terms")
    @Operation(summary = "Các nhiệm kỳ, mới nhất trước")
    List<Term> terms() {
        return terms.all();
    }

    @PostMapping("/api/v1/directives")
    @Operation(summary = "Ghi một văn bản theo số và ký hiệu (ví dụ 12-KH/TU); ký hiệu không khớp cấp ban hành được "
            + "lưu kèm cảnh báo; trùng số, ký hiệu của cùng cơ quan trong năm bị từ chối")
    ResponseEntity<DirectiveResponse> createDirective(@RequestBody DirectiveForm body) {
        DirectiveRow row = directives.createChecked(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/directives/" + row.id())).body(directive(row));
    }

    @GetMapping("/api/v1/directives/{id}")
    @Operation(summary = "Một văn bản")
    DirectiveResponse directive(@PathVariable long id) {
        return directive(directives.requireVisible(id));
    }

    @GetMapping("/api/v1/directives")
    @Operation(summary = "Văn bản do các tổ chức trong cây con ban hành, mới nhất trước")
    PageResult<DirectiveResponse> listDirectives(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        OrganizationRef org = organization(organization);
        return directives.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT, scope.today()), Math.max(page, 0),
                PageResult.clampSize(size)).map(this::directive);
    }

    @PutMapping("/api/v1/targets")
    @Operation(summary = "Đặt chỉ tiêu kết nạp của một tổ chức cho nhiệm kỳ (không có year) hoặc một năm; cảnh báo khi "
            + "tổng chỉ tiêu các tổ chức trực thuộc, hoặc các năm, không khớp")
    TargetResponse putTarget(@RequestBody TargetForm body) {
        TargetService.Saved saved = targets.setChecked(body.parse());
        TargetRow t = saved.target();
        return new TargetResponse(saved.organization().code(), t.termCode(), t.yearOrNull(), t.admissions(),
                t.directiveId(), t.directiveNumberSymbol(), t.version(), warnings(saved.warnings()));
    }

    @GetMapping("/api/v1/targets")
    @Operation(summary = "Chỉ tiêu của một tổ chức và các tổ chức trực thuộc trong một nhiệm kỳ, theo nhiệm kỳ (\"term\") "
            + "và từng năm")
    TargetsResponse listTargets(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String term) {
        OrganizationRef org = organization(organization);
        Term t = terms.resolve(term, scope.today());
        List<OrganizationRef> children = organizations.childrenOn(org.id(), scope.today());
        List<TargetLine> lines = new ArrayList<>();
        for (OrganizationRef child : children) {
            lines.add(line(child, t));
        }
        return new TargetsResponse(t.code(), t.years(), line(org, t), lines);
    }

    private TargetLine line(OrganizationRef organization, Term term) {
        Map<String, Integer> values = new LinkedHashMap<>();
        targets.find(organization.id(), term.code(), TargetRow.WHOLE_TERM)
                .ifPresent(x -> values.put("term", x.admissions()));
        for (int year : term.years()) {
            targets.find(organization.id(), term.code(), year)
                    .ifPresent(x -> values.put(String.valueOf(year), x.admissions()));
        }
        return new TargetLine(organization.code(), organization.name(), values);
    }

    @PostMapping("/api/v1/assignments")
    @Operation(summary = "Phân công một đảng viên (cấp ủy viên) phụ trách (SUPERVISE) hoặc dự sinh hoạt (ATTEND) một chi bộ "
            + "từ ngày đến ngày")
    ResponseEntity<AssignmentResponse> createAssignment(@RequestBody AssignmentRequest body) {
        AssignmentRow row = assignments.assignChecked(body.parse());
        return ResponseEntity.created(URI.create("/api/v1/assignments/" + row.id())).body(assignment(row));
    }

    @GetMapping("/api/v1/assignments")
    @Operation(summary = "Các phân công phụ trách chi bộ trong cây con")
    PageResult<AssignmentResponse> listAssignments(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        OrganizationRef org = organization(organization);
        return assignments.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT, scope.today()), Math.max(page, 0),
                PageResult.clampSize(size)).map(PlanningApiController::assignment);
    }

    private static AssignmentResponse assignment(AssignmentRow r) {
        return new AssignmentResponse(r.id(), r.memberId(), r.memberName(), r.cellCode(), r.cellName(), r.role().name(),
                r.from(), r.to());
    }

    private DirectiveResponse directive(DirectiveRow r) {
        return new DirectiveResponse(r.id(), r.number(), r.typeCode(), r.issuerSymbol(), r.numberSymbol(),
                r.type().name(), r.issuedOn(), r.issuerCode(), r.issuerName(), r.title(),
                r.warnings().stream().map(w -> new WarningResponse(w.code(), w.message())).toList());
    }

    private List<WarningResponse> warnings(List<TargetService.Warning> warnings) {
        return warnings.stream().map(w -> new WarningResponse(w.code(), messages.text(w.messageKey(),
                w.args().toArray()))).toList();
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }
}
