package vn.ptdv.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;

@RestController
@Tag(name = "Văn bản và biểu thống kê", description = "Biểu thống kê cơ bản (Hướng dẫn 11-HD/BTCTW), sổ đảng viên dự bị "
        + "(mẫu 18-KNĐ) và các mẫu văn bản Word mà quản trị viên thay đổi")
class DocumentApiController {
    private final StatisticsService statistics;
    private final DocumentService documents;
    private final TemplateService templates;
    private final Messages messages;
    private final AccessScope scope;

    DocumentApiController(StatisticsService statistics, DocumentService documents, TemplateService templates,
            Messages messages, AccessScope scope) {
        this.statistics = statistics;
        this.documents = documents;
        this.templates = templates;
        this.messages = messages;
        this.scope = scope;
    }

    record LineResponse(String number, String label, Long current, Long previous, BigDecimal ratio) {
    }

    record StatisticsResponse(String table, String title, String organizationCode, String organizationName,
            LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, List<LineResponse> lines) {
    }

    @GetMapping("/api/v1/reports/statistics/{table}")
    @Operation(summary = "Biểu thống kê member-changes (tăng, giảm đảng viên), new-members (đảng viên mới kết nạp) hoặc "
            + "members (số lượng, chất lượng đảng viên) của một tổ chức trong kỳ from–to, kèm cùng kỳ năm trước và tỉ lệ; "
            + "JSON khi không có format, tệp khi format=xlsx|pdf|docx")
    ResponseEntity<?> statistics(@PathVariable String table, @RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String format) {
        StatisticsTable which = DocumentForms.table(table);
        DocumentFormat asked = DocumentForms.format(format, EnumSet.allOf(DocumentFormat.class), null);
        StatisticsService.Period period = statistics.period(
                new DocumentForms.PeriodForm(organization, from, to).parse(DateInput.API));
        if (asked != null) {
            return Downloads.of(documents.statistics(which, period, asked));
        }
        StatisticsReport report = statistics.report(which, period);
        return ResponseEntity.ok(new StatisticsResponse(which.code(), messages.text(which.titleKey()),
                report.organization().code(), report.organizationName(), report.from(), report.to(),
                report.previousFrom(), report.previousTo(), report.lines().stream()
                        .map(l -> new LineResponse(l.number(), messages.text(l.labelKey()), l.current(), l.previous(),
                                l.ratio()))
                        .toList()));
    }

    @GetMapping("/api/v1/organizations/{code}/documents/18-KND")
    @Operation(summary = "Sổ đảng viên dự bị (mẫu 18-KNĐ) của tổ chức: những người được kết nạp ở tổ chức và các tổ chức "
            + "trực thuộc (trong kỳ from–to nếu có), ngày kết nạp, ngày chính thức, xóa tên hoặc từ trần; format=docx|pdf")
    ResponseEntity<byte[]> register(@PathVariable String code, @RequestParam(required = false) String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DocumentFormat asked = DocumentForms.registerFormat(format);
        return Downloads.of(documents.register(new DocumentForms.PeriodForm(code, from, to).parse(DateInput.API),
                asked));
    }

    record VersionResponse(long id, LocalDate validFrom, String fileName, String uploadedBy) {
    }

    record TemplateResponse(String code, String name, List<String> fields, List<VersionResponse> versions) {
    }

    @GetMapping("/api/v1/document-templates")
    @Operation(summary = "Các mẫu văn bản, các trường mỗi mẫu được dùng và các phiên bản quản trị viên đã tải lên")
    List<TemplateResponse> templates() {
        return Stream.of(TemplateKind.values()).map(k -> new TemplateResponse(k.code(), messages.text(k.messageKey()),
                k.allNames(), templates.versions(k).stream()
                        .map(v -> new VersionResponse(v.id(), v.validFrom(), v.fileName(), v.uploadedBy())).toList()))
                .toList();
    }

    @GetMapping("/api/v1/document-templates/{code}")
    @Operation(summary = "Tải mẫu Word đang áp dụng vào ngày \"date\" (mặc định hôm nay) để sửa")
    ResponseEntity<byte[]> template(@PathVariable String code, @RequestParam(required = false) String date) {
        TemplateKind kind = kind(code);
        LocalDate day = new DocumentForms.PeriodForm(null, null, date).parse(DateInput.API).to();
        TemplateService.Template template = templates.inForce(kind, day == null ? scope.today() : day);
        return Downloads.of(template);
    }

    @PostMapping(path = "/api/v1/document-templates/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải lên một phiên bản mẫu (tệp .docx) áp dụng từ ngày validFrom; bị từ chối nếu mẫu dùng trường "
            + "không có (nêu tên trường). Chỉ quản trị viên.")
    ResponseEntity<VersionResponse> upload(@PathVariable String code,
            @ModelAttribute DocumentForms.TemplateUploadForm form) {
        TemplateKind kind = kind(code);
        TemplateService.UploadTemplate upload = form.parse(kind, DateInput.API);
        long id = templates.upload(upload);
        return ResponseEntity.status(201).body(new VersionResponse(id, upload.validFrom(), upload.fileName(), null));
    }

    static TemplateKind kind(String code) {
        return TemplateKind.byCode(code).orElseThrow(() -> new NotFoundException("document.template.notFound", code));
    }


}
