package vn.ptdv.admission.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.DossierForms.AnswerForm;
import vn.ptdv.admission.internal.DossierForms.OpenForm;
import vn.ptdv.admission.internal.DossierForms.StepForm;
import vn.ptdv.admission.internal.rules.Rule;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

@RestController
@Tag(name = "Hồ sơ kết nạp", description = "Hồ sơ kết nạp đảng viên: các bước theo quy định, thời hạn, "
        + "kiểm tra theo điều lệ và quy định thi hành, công nhận đảng viên chính thức")
class DossierApiController {
    private final DossierService dossiers;
    private final DossierViews views;
    private final Worklist worklist;
    private final AdmissionReports reports;
    private final RuleBook rules;
    private final OrganizationDirectory organizations;
    private final Messages messages;
    private final Exports exports;

    DossierApiController(DossierService dossiers, DossierViews views, Worklist worklist, AdmissionReports reports,
            RuleBook rules, OrganizationDirectory organizations, Messages messages, Exports exports) {
        this.exports = exports;
        this.dossiers = dossiers;
        this.views = views;
        this.worklist = worklist;
        this.reports = reports;
        this.rules = rules;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** Stopping or reopening: the date and the reason. */
    record ReasonRequest(String date, String reason) {
    }

    record ViolationResponse(String ruleId, String severity, String message, String source, Long stepId,
            boolean answerable, String answer) {
    }

    record WarningResponse(String ruleId, String message, String source, String answer, String answeredBy,
            OffsetDateTime answeredAt) {
    }

    record StepResponse(long id, StepCode step, String stepName, LocalDate date, StepData data, String note,
            List<WarningResponse> warnings, OffsetDateTime recordedAt, String recordedBy, Long supersededBy,
            String correctionReason) {
    }

    /**
     * {@code specialAuthority} says why the provincial level decides; {@code partyAgeFrom} is the
     * date in the admission decision once the member is recognized.
     */
    record DossierResponse(long id, long personId, String fullName, String cellCode, String cellName,
            String authorityCode, String authorityName, String specialAuthority, DossierState state,
            StepCode nextStep, String nextStepOwner, LocalDate dueDate, boolean overdue, Long memberId,
            LocalDate decisionDate, LocalDate ceremonyDate, LocalDate officialFrom, LocalDate partyAgeFrom,
            List<StepCode> recordable, List<ViolationResponse> violations, List<StepResponse> history) {
    }

    /** A rule with its versions; {@code settings} names the numbers that are settings (values to confirm). */
    record RuleResponse(String id, String severity, List<StepCode> steps, String description, boolean answerable,
            Set<String> settings, List<VersionResponse> versions) {
    }

    /** A version: its period, the documents and articles it cites (one line and each), its numbers. */
    record VersionResponse(LocalDate from, LocalDate to, String source, List<String> sources,
            Map<String, Object> numbers) {
    }

    @PostMapping("/api/v1/dossiers")
    @Operation(summary = "Lập hồ sơ kết nạp cho một người (personId, hoặc nationalId) tại một chi bộ")
    ResponseEntity<DossierResponse> open(@RequestBody OpenForm body) {
        DossierRow row = dossiers.open(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + row.id())).body(response(row.id()));
    }

    @GetMapping("/api/v1/dossiers")
    @Operation(summary = "Danh sách hồ sơ của một tổ chức (cây con), khẩn nhất trước; attention=true chỉ những hồ sơ "
            + "cần chú ý: quá hạn, giấy tờ sắp hết hạn trước khi chi bộ xét, đến hạn xét công nhận chính thức; "
            + "format=xlsx trả về tệp Excel của toàn bộ danh sách")
    ResponseEntity<?> list(@RequestParam(required = false) String organization,
            @RequestParam(defaultValue = "false") boolean attention, @RequestParam(required = false) String state,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Problems problems = new Problems("dossier");
        DossierState s = problems.oneOf("state", Problems.optional(state), DossierState.class, false);
        if (page < 0) {
            problems.malformed("page", "validation.notNegative");
        }
        problems.throwIfAny();
        OrganizationRef org = organization(organization);
        String name = SearchText.nameQuery(q);
        return exports.answer(format, accept, () -> worklist.page(org, s, attention, name, page, PageResult.clampSize(size)),
                "dossiers", org.id(), () -> worklist.table(org, s, attention, name));
    }

    @GetMapping("/api/v1/dossiers/{id}")
    @Operation(summary = "Một hồ sơ: trạng thái, cấp quyết định, bước tiếp theo, hạn, các vi phạm và cảnh báo, "
            + "lịch sử các bước")
    DossierResponse get(@PathVariable long id) {
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/steps")
    @Operation(summary = "Ghi nhận một bước (có thể ghi lùi ngày), với các trường của bước đó theo bảng quy trình; "
            + "bị từ chối (422) khi vi phạm quy định bắt buộc, (400) khi sai định dạng hay có trường bước không ghi")
    ResponseEntity<DossierResponse> record(@PathVariable long id, @RequestBody StepForm body) {
        dossiers.recordChecked(id, body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + id)).body(response(id));
    }

    @PostMapping("/api/v1/dossiers/{id}/steps/{stepId}/corrections")
    @Operation(summary = "Sửa một bước đã ghi, nêu lý do (correctionReason); lịch sử giữ cả bản cũ và bản sửa")
    DossierResponse correct(@PathVariable long id, @PathVariable long stepId, @RequestBody StepForm body) {
        StepRecord original = record(id, stepId);
        dossiers.correct(id, body.parseCorrection(stepId, original.step(), DateInput.API));
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/steps/{stepId}/answers")
    @Operation(summary = "Trả lời một cảnh báo về dữ kiện đã đối chiếu với hồ sơ của ptdv (ruleId, answer)")
    DossierResponse answer(@PathVariable long id, @PathVariable long stepId, @RequestBody AnswerForm body) {
        dossiers.answer(id, body.parse(stepId));
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/stop")
    @Operation(summary = "Dừng hồ sơ, nêu lý do; hồ sơ dừng giữ nguyên lịch sử")
    DossierResponse stop(@PathVariable long id, @RequestBody ReasonRequest body) {
        dossiers.recordChecked(id, StepForm.reason(StepCode.STOPPED, body.date(), body.reason()).parse(DateInput.API));
        return response(id);
    }

    @PostMapping("/api/v1/dossiers/{id}/reopen")
    @Operation(summary = "Mở lại hồ sơ đã dừng, nêu lý do")
    DossierResponse reopen(@PathVariable long id, @RequestBody ReasonRequest body) {
        dossiers.recordChecked(id, StepForm.reason(StepCode.REOPENED, body.date(), body.reason()).parse(DateInput.API));
        return response(id);
    }

    @GetMapping("/api/v1/reports/admissions")
    @Operation(summary = "Số kết nạp trong một khoảng thời gian (theo ngày quyết định), số lễ kết nạp và số công nhận "
            + "chính thức, của một tổ chức và cây con, chia theo chi bộ; structure=current (mặc định: theo cơ cấu hiện "
            + "nay, tổ chức đã sáp nhập tính vào tổ chức kế thừa) hoặc historical (theo cơ cấu tại ngày của từng việc)")
    AdmissionReports.Report admissions(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String structure) {
        Problems problems = new Problems("report");
        LocalDate start = problems.date("from", from, true, DateInput.API);
        LocalDate end = problems.date("to", to, true, DateInput.API);
        Structure tree = problems.oneOf("structure", structure == null ? null : structure.strip()
                .toUpperCase(java.util.Locale.ROOT), Structure.class, false);
        if (start != null && end != null && end.isBefore(start)) {
            problems.refuse("to", "report.period.reversed");
        }
        problems.throwIfAny();
        return reports.report(organization(organization), start, end, tree == null ? Structure.CURRENT : tree);
    }

    @GetMapping("/api/v1/admission-rules")
    @Operation(summary = "Các quy định dùng để kiểm tra hồ sơ: mã, mức độ, bước áp dụng, và từng phiên bản với thời gian "
            + "hiệu lực, văn bản và điều khoản, các con số (tuổi, tháng, ngày làm việc, tỉ lệ biểu quyết)")
    List<RuleResponse> rules() {
        return rules.rules().stream().map(this::rule).toList();
    }

    private RuleResponse rule(Rule rule) {
        return new RuleResponse(rule.id(), rule.severity().name(), List.copyOf(rule.steps()),
                messages.text("ruleDescription." + rule.id()), rule.answerable(), rule.settings(),
                rule.versions().stream().map(v -> new VersionResponse(v.inForce().from(),
                        v.inForce().isOpen() ? null : v.inForce().to(), dossiers.source(v.citations()),
                        v.citations().stream().map(c -> dossiers.source(List.of(c))).toList(), v.numbers()))
                        .toList());
    }

    private OrganizationRef organization(String code) {
        return organizations.requireVisibleOrHome(code);
    }

    private StepRecord record(long id, long stepId) {
        return dossiers.load(id).dossier().history().stream().filter(r -> r.id() == stepId).findFirst()
                .orElseThrow(() -> new vn.ptdv.shared.NotFoundException("dossier.step.notFound",
                        String.valueOf(stepId)));
    }

    private DossierResponse response(long id) {
        DossierViews.View view = views.view(id);
        DossierRow row = view.row();
        return new DossierResponse(row.id(), row.personId(), row.fullName(), row.cellCode(), row.cellName(),
                view.authority().code(), view.authority().name(),
                view.specialAuthorityKey() == null ? null : messages.text(view.specialAuthorityKey()), row.state(),
                row.nextStep(), row.nextStep() == null ? null : messages.text(row.nextStep().ownerKey()),
                row.dueDate(), view.overdue(), row.memberId(), row.decisionDate(), row.ceremonyDate(),
                row.state() == DossierState.OFFICIAL ? row.probationEnd() : null, view.partyAgeFrom(),
                view.recordable(),
                view.findings().stream().map(f -> new ViolationResponse(f.ruleId(), f.severity(), f.message(),
                        f.source(), f.stepId(), f.answerable(), f.answer())).toList(),
                view.history().stream().map(r -> new StepResponse(r.id(), r.step(), messages.text(r.step().messageKey()),
                        r.date(), r.data(), r.note(),
                        r.warnings().stream().map(w -> new WarningResponse(w.ruleId(), w.message(), views.source(w),
                                w.answer(), w.answeredBy(), w.answeredAt())).toList(),
                        r.recordedAt(), r.recordedBy(), r.supersededBy(), r.correctionReason())).toList());
    }
}
