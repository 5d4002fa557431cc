package vn.ptdv.prospect.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

@RestController
@Tag(name = "Nguồn kết nạp", description = "Quần chúng ưu tú trong nguồn kết nạp, người giúp đỡ, khảo sát nguồn")
class ProspectApiController {
    private final ProspectService prospects;
    private final SurveyService surveys;
    private final PoolReports reports;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final ProspectStore store;
    private final ProspectExport export;
    private final Exports exports;

    ProspectApiController(ProspectService prospects, SurveyService surveys, PoolReports reports,
            OrganizationDirectory organizations, AccessScope scope, ProspectStore store, ProspectExport export,
            Exports exports) {
        this.store = store;
        this.export = export;
        this.exports = exports;
        this.prospects = prospects;
        this.surveys = surveys;
        this.reports = reports;
        this.organizations = organizations;
        this.scope = scope;
    }

    record ProspectResponse(long id, long personId, String fullName, String organizationCode, LocalDate since,
            String channel, List<String> categories, Long mentorMemberId, String mentorName, String status,
            LocalDate attendedOn, LocalDate appliedOn, LocalDate leftOn, String leftReason, Long introducedByMemberId,
            String introducerName, int version) {
    }

    record PoolResponse(String organization, LocalDate date, long poolSize, Map<ProspectStatus, Long> byStatus,
            Map<ProspectCategory, Long> byCategory, Map<ProspectChannel, Long> byChannel, List<PoolReports.CellLine> cells,
            List<String> emptyCells, PoolReports.Conversion conversion, SurveyResponse survey,
            List<PoolReports.Expiring> expiringCertificates) {
    }

    record SurveyResponse(LocalDate surveyedOn, String surveyedBy, int eligibleTotal,
            Map<ProspectCategory, Integer> byCategory) {
    }

    @PostMapping("/api/v1/prospects")
    @Operation(summary = "Đưa một người vào nguồn kết nạp của một tổ chức (thường là chi bộ)")
    ResponseEntity<ProspectResponse> create(@RequestBody ProspectForms.ProspectForm body) {
        ProspectRow row = prospects.listChecked(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/prospects/" + row.id())).body(response(row));
    }

    @PatchMapping("/api/v1/prospects/{id}")
    @Operation(summary = "Đổi người giúp đỡ, diện ưu tiên, trạng thái (kèm ngày), ghi tiến bộ")
    ProspectResponse change(@PathVariable long id, @RequestBody ProspectForms.ChangeForm body) {
        return response(prospects.changeChecked(body.parse(id, DateInput.API)));
    }

    record ProspectListItem(long id, long personId, String fullName, LocalDate birthDate, String organizationCode,
            LocalDate since, String channel, List<String> categories, String mentorName, String status) {
    }

    @GetMapping("/api/v1/prospects")
    @Operation(summary = "Nguồn kết nạp của một tổ chức và cây con, lọc như trang Nguồn kết nạp; "
            + "format=xlsx trả về tệp Excel của toàn bộ danh sách")
    ResponseEntity<?> list(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String status, @RequestParam(required = false) String category,
            @RequestParam(required = false) String channel, @RequestParam(defaultValue = "false") boolean withoutMentor,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        OrganizationRef org = organizations.requireVisibleOrHome(organization);
        ProspectStore.Filter filter = ProspectStore.Filter.parse(status, category, channel, withoutMentor, q);
        LocalDate today = scope.today();
        return exports.answer(format, accept, () -> store.page(SubtreeSql.of(List.of(org.id()), Structure.CURRENT,
                today), today, filter, Math.max(page, 0), PageResult.clampSize(size)).map(r -> new ProspectListItem(
                        r.id(), r.personId(), r.fullName(), r.birthDate(), r.organizationCode(), r.since(),
                        r.channel().name(), r.categories().stream().map(Enum::name).sorted().toList(), r.mentorName(),
                        r.status().name())),
                "prospects", org.id(), () -> export.table(org, today, filter));
    }

    @GetMapping("/api/v1/prospects/{id}")
    @Operation(summary = "Một quần chúng trong nguồn")
    ProspectResponse get(@PathVariable long id) {
        return response(prospects.requireVisible(id));
    }

    @PostMapping("/api/v1/pool-surveys")
    @Operation(summary = "Ghi kết quả khảo sát nguồn của một tổ chức: số quần chúng đủ điều kiện theo diện")
    ResponseEntity<Map<String, Long>> survey(@RequestBody ProspectForms.SurveyForm body) {
        long id = surveys.record(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/pool-surveys/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/api/v1/reports/pool")
    @Operation(summary = "Nguồn kết nạp của một tổ chức và cây con tại một ngày")
    PoolResponse report(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String date) {
        Problems problems = new Problems("report");
        String code = problems.required("organization", organization);
        LocalDate day = problems.date("date", date, false, DateInput.API);
        problems.throwIfAny();
        OrganizationRef org = organizations.requireVisible(code);
        PoolReports.Report r = reports.report(org, day == null ? scope.today() : day);
        return new PoolResponse(org.code(), r.date(), r.poolSize(), r.byStatus(), r.byCategory(), r.byChannel(),
                r.cells(), r.emptyCells().stream().map(PoolReports.CellLine::code).toList(), r.conversion(),
                r.survey().map(s -> new SurveyResponse(s.surveyedOn(), s.surveyedBy(), s.eligibleTotal(),
                        s.byCategory())).orElse(null), r.expiring());
    }

    private static ProspectResponse response(ProspectRow r) {
        return new ProspectResponse(r.id(), r.personId(), r.fullName(), r.organizationCode(), r.since(),
                r.channel().name(), r.categories().stream().map(Enum::name).sorted().toList(), r.mentorMemberId(),
                r.mentorName(), r.status().name(), r.attendedOn(), r.appliedOn(), r.leftOn(), r.leftReason(),
                r.introducedByMemberId(), r.introducerName(), r.version());
    }
}
