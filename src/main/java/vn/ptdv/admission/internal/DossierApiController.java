package vn.ptdv.admission.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepInput;
import vn.ptdv.admission.internal.rules.Rule;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

@RestController
@Tag(name = "Hồ sơ kết nạp", description = "Hồ sơ kết nạp đảng viên: các bước theo quy định, thời hạn, "
        + "kiểm tra theo điều lệ và quy định thi hành, công nhận đảng viên chính thức")
class DossierApiController {
    private final DossierService dossiers;
    private final DossierViews views;
    private final Worklist worklist;
    private final AdmissionReports reports;
    private final OrganizationDirectory organizations;
    private final Messages messages;

    DossierApiController(DossierService dossiers, DossierViews views, Worklist worklist, AdmissionReports reports,
            OrganizationDirectory organizations, Messages messages) {
        this.dossiers = dossiers;
        this.views = views;
        this.worklist = worklist;
        this.reports = reports;
        this.organizations = organizations;
        this.messages = messages;
    }

    record OpenRequest(Long personId, String cellCode) {
    }

    /** Stopping or reopening: the date and the reason. */
    record ReasonRequest(String date, String reason) {
    }

    record ViolationResponse(String ruleId, String severity, String message, String source, Long stepId) {
    }

    record WarningResponse(String ruleId, String message, String source) {
    }

    record StepResponse(long id, StepCode step, String stepName, LocalDate date, StepData data, String note,
            List<WarningResponse> warnings, OffsetDateTime recordedAt, String recordedBy, Long supersededBy,
            String correctionReason) {
    }

    record DossierResponse(long id, long personId, String fullName, String cellCode, String cellName,
            String authorityCode, DossierState state, StepCode nextStep, String nextStepOwner, LocalDate dueDate,
            boolean overdue, Long memberId, LocalDate decisionDate, LocalDate ceremonyDate, LocalDate officialFrom,
            List<StepCode> recordable, List<ViolationResponse> violations, List<StepResponse> history) {
    }

    record RuleResponse(String id, String severity, List<StepCode> steps, String description,
            List<VersionResponse> versions) {
    }

    record VersionResponse(LocalDate from, LocalDate to, String source) {
    }

    @PostMapping("/api/v1/dossiers")
    @Operation(summary = "Lập hồ sơ kết nạp cho một người tại một chi bộ")
    ResponseEntity<DossierResponse> open(@RequestBody OpenRequest body) {
        DossierRow row = dossiers.open(body.personId(), body.cellCode());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + row.id())).body(response(row.id()));
    }

    @GetMapping("/api/v1/dossiers")
    @Operation(summary = "Danh sách hồ sơ của một tổ chức (cây con), khẩn nhất trước; attention=true chỉ những hồ sơ "
            + "cần chú ý: quá hạn, giấy tờ sắp hết hạn trước khi chi bộ xét, đến hạn xét công nhận chính thức")
    PageResult<Worklist.Item> list(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "false") boolean attention, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        Problems problems = new Problems("dossier");
        DossierState s = problems.oneOf("state", Problems.optional(state), DossierState.class, false);
        if (page < 0) {
            problems.malformed("page", "validation.notNegative");
        }
        problems.throwIfAny();
        OrganizationRef org = organization(organization);
        return worklist.page(org, s, attention, page, PageResult.clampSize(size));
    }

    @GetMapping("/api/v1/dossiers/{id}")
    @Operation(summary = "Một hồ sơ: trạng thái, bước tiếp theo, hạn, các vi phạm và cảnh báo, lịch sử các bước")
    DossierResponse get(@PathVariable long id) {
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/steps")
    @Operation(summary = "Ghi nhận một bước (có thể ghi lùi ngày); bị từ chối (422) khi vi phạm quy định bắt buộc")
    ResponseEntity<DossierResponse> record(@PathVariable long id, @RequestBody StepInput body) {
        dossiers.record(id, body, DateInput.API);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id)).body(response(id));
    }

    @PostMapping("/api/v1/dossiers/{id}/steps/{stepId}/corrections")
    @Operation(summary = "Sửa một bước đã ghi, nêu lý do (correctionReason); lịch sử giữ cả bản cũ và bản sửa")
    DossierResponse correct(@PathVariable long id, @PathVariable long stepId, @RequestBody StepInput body) {
        dossiers.correct(id, stepId, body, DateInput.API);
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/stop")
    @Operation(summary = "Dừng hồ sơ, nêu lý do; hồ sơ dừng giữ nguyên lịch sử")
    DossierResponse stop(@PathVariable long id, @RequestBody ReasonRequest body) {
        dossiers.record(id, reasonStep(StepCode.STOPPED, body), DateInput.API);
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/reopen")
    @Operation(summary = "Mở lại hồ sơ đã dừng, nêu lý do")
    DossierResponse reopen(@PathVariable long id, @RequestBody ReasonRequest body) {
        dossiers.record(id, reasonStep(StepCode.REOPENED, body), DateInput.API);
        return response(id);
    }

    @GetMapping("/api/v1/reports/admissions")
    @Operation(summary = "Số kết nạp trong một khoảng thời gian (theo ngày quyết định), số lễ kết nạp và số công nhận "
            + "chính thức, của một tổ chức và cây con theo cơ cấu hiện nay, chia theo chi bộ")
    AdmissionReports.Report admissions(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Problems problems = new Problems("report");
        LocalDate start = problems.date("from", from, true, DateInput.API);
        LocalDate end = problems.date("to", to, true, DateInput.API);
        if (start != null && end != null && end.isBefore(start)) {
            problems.refuse("to", "report.period.reversed");
        }
        problems.throwIfAny();
        return reports.report(organization(organization), start, end);
    }

    @GetMapping("/api/v1/admission-rules")
    @Operation(summary = "Các quy định dùng để kiểm tra hồ sơ: mã, mức độ, bước áp dụng, văn bản và thời gian hiệu lực")
    List<RuleResponse> rules() {
        return RuleBook.rules().stream().map(this::rule).toList();
    }

    private RuleResponse rule(Rule rule) {
        return new RuleResponse(rule.id(), rule.severity().name(), List.copyOf(rule.steps()),
                messages.text("ruleDescription." + rule.id()),
                rule.versions().stream().map(v -> new VersionResponse(v.inForce().from(),
                        v.inForce().isOpen() ? null : v.inForce().to(), messages.text(v.sourceKey()))).toList());
    }

    private static StepInput reasonStep(StepCode step, ReasonRequest body) {
        return new StepInput(step.name(), body.date(), null, null, null, null, null, null, null, null, null, null,
                body.reason(), null, null, null, null, null, null, null, null, null);
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    private DossierResponse response(long id) {
        DossierViews.View view = views.view(id);
        DossierRow row = view.row();
        return new DossierResponse(row.id(), row.personId(), row.fullName(), row.cellCode(), row.cellName(),
                view.authority().code(), row.state(), row.nextStep(),
                row.nextStep() == null ? null : messages.text(row.nextStep().ownerKey()), row.dueDate(),
                view.overdue(), row.memberId(), row.decisionDate(), row.ceremonyDate(),
                row.state() == DossierState.OFFICIAL ? row.probationEnd() : null, view.recordable(),
                view.findings().stream().map(f -> new ViolationResponse(f.ruleId(), f.severity(), f.message(),
                        f.source(), f.stepId())).toList(),
                view.history().stream().map(r -> new StepResponse(r.id(), r.step(), messages.text(r.step().messageKey()),
                        r.date(), r.data(), r.note(),
                        r.warnings().stream().map(w -> new WarningResponse(w.ruleId(), w.message(),
                                messages.text(w.sourceKey()))).toList(),
                        r.recordedAt(), r.recordedBy(), r.supersededBy(), r.correctionReason())).toList());
    }
}
