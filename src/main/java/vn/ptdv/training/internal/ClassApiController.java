package vn.ptdv.training.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.exchange.Exports;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;

@RestController
@Tag(name = "Lớp bồi dưỡng", description = "Lớp bồi dưỡng nhận thức về Đảng, học viên và giấy chứng nhận")
class ClassApiController {
    private final ClassService classes;
    private final ClassStore store;
    private final TrainingPeriods periods;
    private final ClassExport export;
    private final Exports exports;

    ClassApiController(ClassService classes, ClassStore store, TrainingPeriods periods, ClassExport export,
            Exports exports) {
        this.export = export;
        this.exports = exports;
        this.classes = classes;
        this.store = store;
        this.periods = periods;
    }

    record ClassResponse(long id, String name, String organizerCode, LocalDate startDate, LocalDate endDate,
            String place, int participants, int completed, int version) {
    }

    record ParticipantResponse(long id, long personId, String fullName, boolean completed, String certificateNumber,
            LocalDate certificateDate) {
    }

    record TrainingReport(String organization, LocalDate from, LocalDate to, long classes, long participants,
            long completed, long certificates) {
    }

    @PostMapping("/api/v1/classes")
    @Operation(summary = "Mở một lớp bồi dưỡng nhận thức về Đảng")
    ResponseEntity<ClassResponse> create(@RequestBody ClassForms.ClassForm body) {
        ClassRow row = classes.openChecked(body.parse(DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/classes/" + row.id())).body(response(row));
    }

    @GetMapping("/api/v1/classes/{id}")
    @Operation(summary = "Một lớp")
    ClassResponse get(@PathVariable long id) {
        return response(classes.requireVisible(id));
    }

    @GetMapping("/api/v1/classes/{id}/participants")
    @Operation(summary = "Học viên của một lớp; format=xlsx trả về tệp Excel danh sách học viên")
    ResponseEntity<?> participants(@PathVariable long id, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ClassRow row = classes.requireVisible(id);
        return exports.answer(format, accept,
                () -> classes.participants(id).stream().map(ClassApiController::participant).toList(),
                "class-participants", row.organizerId(), () -> export.participants(row));
    }

    @PostMapping("/api/v1/classes/{id}/participants")
    @Operation(summary = "Ghi danh một học viên, với kết quả và giấy chứng nhận nếu đã có")
    ResponseEntity<ParticipantResponse> addParticipant(@PathVariable long id,
            @RequestBody ClassForms.ParticipantForm body) {
        ParticipantRow row = classes.enrollChecked(body.parse(id, DateInput.API));
        return ResponseEntity.created(URI.create("/api/v1/classes/" + id + "/participants/" + row.id()))
                .body(participant(row));
    }

    @GetMapping("/api/v1/classes")
    @Operation(summary = "Các lớp do một tổ chức và cây con tổ chức trong một khoảng thời gian; "
            + "format=xlsx trả về tệp Excel của tất cả các lớp")
    ResponseEntity<?> list(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        TrainingPeriods.Period period = periods.of(organization, from, to);
        String participant = SearchText.nameQuery(q);
        return exports.answer(format, accept, () -> store.page(period.subtree(), period.from(), period.to(),
                participant, Math.max(page, 0), PageResult.clampSize(size)).map(ClassApiController::response),
                "classes", period.organization().id(), () -> export.classes(period, participant));
    }

    @GetMapping("/api/v1/reports/training")
    @Operation(summary = "Số lớp, học viên, người hoàn thành của các lớp do cây con tổ chức mở trong khoảng thời gian")
    TrainingReport report(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TrainingPeriods.Period period = periods.of(organization, from, to);
        Map<String, Long> totals = store.totals(period.subtree(), period.from(), period.to());
        return new TrainingReport(period.organization().code(), period.from(), period.to(), totals.get("classes"),
                totals.get("participants"), totals.get("completed"), totals.get("certificates"));
    }

    static ClassResponse response(ClassRow c) {
        return new ClassResponse(c.id(), c.name(), c.organizerCode(), c.startDate(), c.endDate(), c.place(),
                c.participants(), c.completed(), c.version());
    }

    static ParticipantResponse participant(ParticipantRow p) {
        return new ParticipantResponse(p.id(), p.personId(), p.fullName(), p.completed(), p.certificateNumber(),
                p.certificateDate());
    }
}
