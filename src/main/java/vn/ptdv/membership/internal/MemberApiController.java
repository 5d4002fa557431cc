package vn.ptdv.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import vn.ptdv.membership.AgeBand;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.MembershipCounts;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

@RestController
@Tag(name = "Đảng viên", description = "Đảng viên, biến động và số lượng đảng viên tại một ngày")
class MemberApiController {
    private final MemberService members;
    private final MembershipReports reports;
    private final Messages messages;
    private final AccessScope scope;
    private final MemberExport export;
    private final Exports exports;
    private final TransferRequests transfers;

    MemberApiController(MemberService members, MembershipReports reports, Messages messages, AccessScope scope,
            MemberExport export, Exports exports, TransferRequests transfers) {
        this.transfers = transfers;
        this.members = members;
        this.reports = reports;
        this.messages = messages;
        this.scope = scope;
        this.export = export;
        this.exports = exports;
    }

    record MemberResponse(long id, long personId, String fullName, String organizationCode, String organizationName,
            LocalDate decidedOn, LocalDate admittedOn, String admissionDates, Integer partyAge, String admittingOrganizationName, LocalDate officialOn, String partyCardNumber,
            String status, LocalDate endedOn, String endReason, int version,
            List<PersonApiController.WarningResponse> warnings, List<MovementResponse> movements) {
    }

    record MovementResponse(String type, LocalDate date, String fromOrganizationCode, String toOrganizationCode,
            String outsidePlace, String note) {
    }

    record MemberListResponse(long id, long personId, String fullName, String gender, LocalDate birthDate,
            String nationalId, String organizationCode, LocalDate admittedOn, LocalDate officialOn, String status) {
    }

    record MembershipReportResponse(String organization, String organizationName, LocalDate date, String structure,
            long total, long official, long probationary, Breakdowns breakdowns) {
    }

    record Breakdowns(Map<Gender, Long> gender, Map<AgeBand, Long> ageBand, long ethnicMinority,
            Map<Religion, Long> religion) {
    }

    @PostMapping("/api/v1/members")
    @Operation(summary = "Ghi nhận một đảng viên (kể cả đảng viên kết nạp từ trước, khi nhập dữ liệu ban đầu)")
    ResponseEntity<MemberResponse> register(@RequestBody MembershipForms.MemberForm body) {
        MemberService.Registered registered = members.registerChecked(body.parse(DateInput.API));
        MemberRow member = registered.member();
        return ResponseEntity.created(URI.create("/api/v1/members/" + member.id()))
                .body(response(member, registered.warnings()));
    }

    @GetMapping("/api/v1/members/{id}")
    @Operation(summary = "Một đảng viên trong phạm vi, với các biến động")
    MemberResponse get(@PathVariable long id) {
        return response(members.requireVisible(id), List.of());
    }

    @PatchMapping("/api/v1/members/{id}")
    @Operation(summary = "Ghi hoặc sửa ngày chính thức và số thẻ đảng viên")
    MemberResponse update(@PathVariable long id, @RequestBody MembershipForms.MemberEditForm body) {
        return response(members.update(body.parse(id, DateInput.API)), List.of());
    }

    @PostMapping("/api/v1/members/{id}/movements")
    @Operation(summary = "Ghi một biến động: chuyển sinh hoạt, chuyển ra ngoài, từ trần, xóa tên, khai trừ, ra khỏi Đảng;"
            + " chuyển đến chi bộ ngoài phạm vi được trả lời 202 với yêu cầu chờ bên nhận tiếp nhận")
    ResponseEntity<?> move(@PathVariable long id, @RequestBody MembershipForms.MovementForm body) {
        MemberService.Moved moved = members.moveOrAsk(body.parse(id, DateInput.API));
        if (moved.request() != null) {
            // A transfer outside the caller's scope: a request for the receiving side, nothing moved.
            return ResponseEntity.accepted().location(URI.create("/api/v1/transfer-requests/" + moved.request().id()))
                    .body(TransferRequestApiController.response(transfers.requireVisible(moved.request().id())));
        }
        return ResponseEntity.ok(response(moved.member(), List.of()));
    }

    @GetMapping("/api/v1/members")
    @Operation(summary = "Đảng viên của một tổ chức và cây con của nó tại một ngày (theo tên, có phân trang)")
    ResponseEntity<?> list(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String date, @RequestParam(required = false) String structure,
            @RequestParam(required = false) String status, @RequestParam(required = false) String gender,
            @RequestParam(required = false) String ageBand, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        MembershipReports.Question question = reports.question(organization, date, structure, DateInput.API);
        MembershipQueries.Filter filter = filter(status, gender, ageBand, q);
        if (Exports.wantsWorkbook(format, accept)) {
            return exports.workbook(export.table(question, filter), "members", question.organization().id());
        }
        return ResponseEntity.ok(reports.members(question, filter, Math.max(page, 0), PageResult.clampSize(size))
                .map(m -> new MemberListResponse(m.id(), m.personId(), m.fullName(), m.gender().name(), m.birthDate(),
                        m.maskedNationalId(), m.organizationCode(), m.admittedOn(), m.officialOn(), m.status().name())));
    }

    @GetMapping("/api/v1/reports/membership")
    @Operation(summary = "Số đảng viên của một tổ chức và cây con tại một ngày, theo cơ cấu của ngày đó hoặc hiện nay")
    MembershipReportResponse report(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String date, @RequestParam(required = false) String structure) {
        MembershipReports.Report report = reports.counts(reports.question(organization, date, structure, DateInput.API));
        MembershipCounts c = report.counts();
        MembershipReports.Question q = report.question();
        return new MembershipReportResponse(q.organization().code(), q.organizationName(), q.date(),
                q.structure().name(), c.total(), c.official(), c.probationary(),
                new Breakdowns(c.byGender(), c.byAgeBand(), c.ethnicMinority(), c.byReligion()));
    }

    /** The member list's filters as typed; {@code name} is kept when it has a letter or digit. */
    static MembershipQueries.Filter filter(String status, String gender, String ageBand, String name) {
        Problems problems = new Problems("member");
        MemberStatus s = problems.oneOf("status", upper(status), MemberStatus.class, false);
        Gender g = problems.oneOf("gender", upper(gender), Gender.class, false);
        AgeBand a = problems.oneOf("ageBand", upper(ageBand), AgeBand.class, false);
        problems.throwIfAny();
        return new MembershipQueries.Filter(s, g, a, SearchText.nameQuery(name));
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private MemberResponse response(MemberRow m, List<MemberRegistration.Warning> warnings) {
        return new MemberResponse(m.id(), m.personId(), m.fullName(), m.organizationCode(), m.organizationName(),
                m.decidedOn(), m.admittedOn(), m.admissionDates().name(), m.partyAgeOn(scope.today()), m.admittingOrganizationName(), m.officialOn(), m.partyCardNumber(),
                m.statusOn(scope.today()).name(), m.endedOn(),
                m.endReason() == null ? null : m.endReason().name(), m.version(),
                warnings.stream().map(w -> new PersonApiController.WarningResponse(w.code(),
                        messages.text(w.messageKey(), w.args().toArray()))).toList(),
                members.movements(m.id()).stream().map(v -> new MovementResponse(v.type().name(), v.date(),
                        v.fromCode(), v.toCode(), v.outsidePlace(), v.note())).toList());
    }
}
