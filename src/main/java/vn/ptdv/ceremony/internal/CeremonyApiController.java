package vn.ptdv.ceremony.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.admission.Admissions.CeremonyDossier;
import vn.ptdv.ceremony.internal.CeremonyForms.AnniversaryForm;
import vn.ptdv.ceremony.internal.CeremonyForms.CeremonyForm;
import vn.ptdv.ceremony.internal.CeremonyForms.DossiersForm;
import vn.ptdv.ceremony.internal.CeremonyForms.HeldForm;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

@RestController
@Tag(name = "Lễ kết nạp tập trung", description = "Lịch ngày kỷ niệm (toàn quốc và của từng tổ chức), lễ kết nạp "
        + "tập trung, thêm hồ sơ đã có quyết định kết nạp, tổ chức lễ")
class CeremonyApiController {
    private final CeremonyService ceremonies;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    CeremonyApiController(CeremonyService ceremonies, OrganizationDirectory organizations, AccessScope scope) {
        this.ceremonies = ceremonies;
        this.organizations = organizations;
        this.scope = scope;
    }

    record AnniversaryResponse(long id, String organizationCode, String organizationName, String name, int day,
            int month, int sinceYear) {
    }

    record OccurrenceResponse(long anniversaryId, LocalDate date, String name, boolean national,
            String organizationCode, String organizationName, int years) {
    }

    record DossierResponse(long dossierId, long personId, String fullName, String cellCode, String cellName,
            String state, LocalDate decisionDate, LocalDate lastDate, LocalDate ceremonyDate, String attendance,
            String absenceReason) {
    }

    record CeremonyResponse(long id, String organizationCode, String organizationName, LocalDate date, String place,
            Long anniversaryId, String anniversaryName, String name, String status, int persons,
            List<DossierResponse> dossiers) {
    }

    record CeremonyRef(long id, LocalDate date, String name, String organizationCode) {
    }

    record CandidateResponse(long dossierId, long personId, String fullName, String cellCode, String cellName,
            LocalDate decisionDate, LocalDate lastDate, String ruleId, String source, Long plannedCeremonyId,
            List<CeremonyRef> ceremonies, List<OccurrenceResponse> anniversaries) {
    }

    @PostMapping("/api/v1/anniversaries")
    @Operation(summary = "Thêm một ngày kỷ niệm của tổ chức (ngày, tháng, từ năm); các tổ chức trực thuộc kế thừa")
    ResponseEntity<AnniversaryResponse> addAnniversary(@RequestBody AnniversaryForm body) {
        Anniversary a = ceremonies.addAnniversary(body.parse(scope.today().getYear()));
        return ResponseEntity.created(URI.create("/api/v1/anniversaries/" + a.id())).body(anniversary(a));
    }

    @GetMapping("/api/v1/anniversaries")
    @Operation(summary = "Các ngày kỷ niệm một tổ chức giữ (toàn quốc, của tổ chức và các tổ chức cấp trên) trong "
            + "khoảng thời gian (mặc định một năm từ hôm nay), mỗi lần một dòng")
    List<OccurrenceResponse> anniversaries(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        OrganizationRef org = organizations.requireVisibleOrHome(Problems.optional(organization));
        return ceremonies.calendar(org, period[0], period[1]).stream().map(CeremonyApiController::occurrence).toList();
    }

    @PostMapping("/api/v1/ceremonies")
    @Operation(summary = "Lên kế hoạch một lễ kết nạp: tổ chức chủ trì, ngày, địa điểm, ngày kỷ niệm hoặc tên")
    ResponseEntity<CeremonyResponse> plan(@RequestBody CeremonyForm body) {
        CeremonyRow row = ceremonies.plan(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/ceremonies/" + row.id())).body(ceremony(row.id()));
    }

    @GetMapping("/api/v1/ceremonies/{id}")
    @Operation(summary = "Một lễ kết nạp với những người được kết nạp")
    CeremonyResponse ceremony(@PathVariable long id) {
        return response(ceremonies.detail(id));
    }

    @PostMapping("/api/v1/ceremonies/{id}/dossiers")
    @Operation(summary = "Thêm hồ sơ đã có quyết định kết nạp vào lễ (tất cả hoặc không hồ sơ nào); hồ sơ quá hạn tổ "
            + "chức lễ bị từ chối (422) kèm điều khoản và ngày chậm nhất")
    CeremonyResponse addDossiers(@PathVariable long id, @RequestBody DossiersForm body) {
        List<Long> ids = body.parse();
        ceremonies.addDossiers(id, ids);
        return ceremony(id);
    }

    @DeleteMapping("/api/v1/ceremonies/{id}/dossiers/{dossierId}")
    @Operation(summary = "Bỏ một hồ sơ khỏi lễ đã lên kế hoạch; hồ sơ chờ lễ khác")
    CeremonyResponse removeDossier(@PathVariable long id, @PathVariable long dossierId) {
        ceremonies.removeDossier(id, dossierId);
        return ceremony(id);
    }

    @PostMapping("/api/v1/ceremonies/{id}/held")
    @Operation(summary = "Ghi lễ đã tổ chức: mọi người có mặt bắt đầu thời gian dự bị từ ngày lễ; người vắng mặt "
            + "(kèm lý do) vẫn chờ lễ kết nạp")
    CeremonyResponse held(@PathVariable long id, @RequestBody(required = false) HeldForm body) {
        ceremonies.hold(id, CeremonyForms.parseAbsent(body == null ? null : body.absent()));
        return ceremony(id);
    }

    @PostMapping("/api/v1/ceremonies/{id}/cancelled")
    @Operation(summary = "Hủy một lễ đã lên kế hoạch; các hồ sơ của lễ được xếp vào lễ khác")
    CeremonyResponse cancelled(@PathVariable long id) {
        ceremonies.cancel(id);
        return ceremony(id);
    }

    @GetMapping("/api/v1/ceremonies")
    @Operation(summary = "Các lễ kết nạp do cây con tổ chức chủ trì trong khoảng thời gian (mặc định một năm từ hôm nay)")
    List<CeremonyResponse> list(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate[] period = period(from, to);
        OrganizationRef org = organizations.requireVisibleOrHome(Problems.optional(organization));
        return ceremonies.list(org, period[0], period[1], null).stream().map(c -> ceremony(c.id())).toList();
    }

    @GetMapping("/api/v1/ceremonies/candidates")
    @Operation(summary = "Hồ sơ đã có quyết định kết nạp đang chờ lễ, với ngày chậm nhất, các lễ đã lên kế hoạch và "
            + "các ngày kỷ niệm còn kịp")
    List<CandidateResponse> candidates(@RequestParam(required = false) String organization) {
        OrganizationRef org = organizations.requireVisibleOrHome(Problems.optional(organization));
        return ceremonies.candidates(org).stream().map(c -> {
            CeremonyDossier d = c.dossier();
            return new CandidateResponse(d.dossierId(), d.personId(), d.fullName(), d.cellCode(), d.cellName(),
                    d.decisionDate(), d.ceremonyDue(), d.ruleId(), d.source(),
                    c.plannedIn() == null ? null : c.plannedIn().id(),
                    c.ceremonies().stream().map(r -> new CeremonyRef(r.id(), r.date(), r.title(), r.organizationCode()))
                            .toList(),
                    c.anniversaries().stream().map(CeremonyApiController::occurrence).toList());
        }).toList();
    }

    /** From and to as ISO dates: by default a year from today; at most a hundred years. */
    private LocalDate[] period(String from, String to) {
        Problems problems = new Problems("report");
        LocalDate start = problems.date("from", from, false, DateInput.API);
        LocalDate end = problems.date("to", to, false, DateInput.API);
        problems.throwIfAny();
        LocalDate today = scope.today();
        LocalDate first = start == null ? today : start;
        LocalDate last = end == null ? first.plusYears(1).minusDays(1) : end;
        if (last.isBefore(first)) {
            problems.refuse("to", "report.period.reversed");
        } else if (last.isAfter(first.plusYears(CeremonyService.YEARS_AHEAD))) {
            problems.refuse("to", "ceremony.period.tooLong", CeremonyService.YEARS_AHEAD);
        }
        problems.throwIfAny();
        return new LocalDate[] {first, last};
    }

    static AnniversaryResponse anniversary(Anniversary a) {
        return new AnniversaryResponse(a.id(), a.organizationCode(), a.organizationName(), a.name(), a.day(), a.month(),
                a.sinceYear());
    }

    static OccurrenceResponse occurrence(Anniversary.Occurrence o) {
        Anniversary a = o.anniversary();
        return new OccurrenceResponse(a.id(), o.date(), a.name(), a.national(), a.organizationCode(),
                a.organizationName(), o.years());
    }

    static CeremonyResponse response(CeremonyService.Detail detail) {
        CeremonyRow c = detail.ceremony();
        return new CeremonyResponse(c.id(), c.organizationCode(), c.organizationName(), c.date(), c.place(),
                c.anniversaryId(), c.anniversaryName(), c.name(), c.status().name(), c.persons(),
                detail.lines().stream().map(l -> {
                    CeremonyDossier d = l.dossier();
                    return new DossierResponse(d.dossierId(), d.personId(), d.fullName(), d.cellCode(), d.cellName(),
                            d.state().name(), d.decisionDate(), d.ceremonyDue(), d.ceremonyDate(),
                            l.attendance().name(), l.absenceReason());
                }).toList());
    }
}
