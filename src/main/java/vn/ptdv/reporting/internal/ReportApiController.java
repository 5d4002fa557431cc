package vn.ptdv.reporting.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.exchange.Exports;
import vn.ptdv.reporting.internal.ReportForms.DutyForm;
import vn.ptdv.reporting.internal.ReportForms.ProgressForm;
import vn.ptdv.reporting.internal.ReportForms.StagnantForm;
import vn.ptdv.shared.DateInput;

@RestController
@Tag(name = "Tiến độ và xếp hạng", description = "Tiến độ kết nạp so với chỉ tiêu, xếp hạng, chi bộ nhiều năm không kết "
        + "nạp được đảng viên, nhiệm vụ giới thiệu nguồn của cấp ủy viên phụ trách chi bộ")
class ReportApiController {
    private final ReportQuestions questions;
    private final ProgressReports progress;
    private final CellReports cells;
    private final ReportTables tables;
    private final Exports exports;

    ReportApiController(ReportQuestions questions, ProgressReports progress, CellReports cells, ReportTables tables,
            Exports exports) {
        this.tables = tables;
        this.exports = exports;
        this.questions = questions;
        this.progress = progress;
        this.cells = cells;
    }

    record LineResponse(String organizationCode, String name, Integer target, long admitted, BigDecimal percent,
            Integer remaining, Integer pacePerQuarter, long projected, long inProgress) {
    }

    record ProgressResponse(String organizationCode, String organizationName, String term, Integer year,
            LocalDate from, LocalDate to, LocalDate asOf, Integer target, long admitted, BigDecimal percent,
            Integer remaining, Integer pacePerQuarter, long projected, long inProgress, List<LineResponse> children) {
    }

    record RankedResponse(int rank, String organizationCode, String name, Integer target, long admitted,
            BigDecimal percent) {
    }

    record StagnantResponse(String organizationCode, String name, String kind, LocalDate lastAdmission,
            long poolSize) {
    }

    @GetMapping("/api/v1/reports/progress")
    @Operation(summary = "Tiến độ kết nạp của một tổ chức và các tổ chức trực thuộc so với chỉ tiêu nhiệm kỳ (hoặc năm "
            + "\"year\") tính đến ngày \"asOf\"; percent có hai chữ số thập phân")
    ResponseEntity<?> progress(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String term, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String year, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportQuestions.Progress q = questions.progress(new ProgressForm(organization, term, year, asOf, sort)
                .parse(DateInput.API));
        ProgressReports.Progress p = progress.progress(q.organization(), q.term(), q.year(), q.asOf(), q.sort());
        ProgressReports.Line t = p.total();
        return exports.answer(format, accept, () -> new ProgressResponse(p.organization().code(),
                p.organization().name(), p.term().code(), p.year(), p.from(), p.to(), p.asOf(), t.target(),
                t.admitted(), t.percent(), t.remaining(), t.pacePerQuarter(), t.projected(), t.inProgress(),
                p.children().stream().map(ReportApiController::line).toList()), "progress", q.organization().id(),
                () -> tables.progress(p));
    }

    @GetMapping("/api/v1/reports/ranking")
    @Operation(summary = "Xếp hạng các tổ chức trực thuộc theo tỉ lệ hoàn thành chỉ tiêu (năm hoặc nhiệm kỳ), rồi theo số "
            + "kết nạp; cùng tỉ lệ và cùng số thì cùng hạng")
    ResponseEntity<?> ranking(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String term, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportQuestions.Progress q = questions.progress(new ProgressForm(organization, term, year, asOf, null)
                .parse(DateInput.API));
        List<ProgressReports.Ranked> ranking = progress.ranking(q.organization(), q.term(), q.year(), q.asOf());
        return exports.answer(format, accept, () -> ranking.stream()
                .map(r -> new RankedResponse(r.rank(), r.line().code(), r.line().name(), r.line().target(),
                        r.line().admitted(), r.line().percent()))
                .toList(), "ranking", q.organization().id(), () -> tables.ranking(q, ranking));
    }

    @GetMapping("/api/v1/reports/stagnant-cells")
    @Operation(summary = "Chi bộ không kết nạp được đảng viên nào trong N năm liền (mặc định 2) đến ngày asOf, lọc theo "
            + "loại hình chi bộ, với ngày kết nạp gần nhất và số quần chúng trong nguồn")
    ResponseEntity<?> stagnant(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String years, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportQuestions.Stagnant q = questions.stagnant(new StagnantForm(organization, years, asOf, kind)
                .parse(DateInput.API));
        List<CellReports.StagnantCell> stagnant = cells.stagnant(q.organization(), q.years(), q.asOf(), q.kind());
        return exports.answer(format, accept, () -> stagnant.stream()
                .map(c -> new StagnantResponse(c.code(), c.name(), c.kind() == null ? null : c.kind().name(),
                        c.lastAdmission(), c.poolSize()))
                .toList(), "stagnant-cells", q.organization().id(), () -> tables.stagnant(q, stagnant));
    }

    @GetMapping("/api/v1/reports/assignment-duty")
    @Operation(summary = "Cấp ủy viên phụ trách chi bộ trong năm và số quần chúng ưu tú họ đã giới thiệu vào nguồn của "
            + "chi bộ đó trong năm (nhiệm vụ: ít nhất một)")
    ResponseEntity<?> duty(@RequestParam(required = false) String organization,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ReportQuestions.Duty q = questions.duty(new DutyForm(organization, year).parse());
        CellReports.DutyReport report = cells.duty(q.organization(), q.year());
        return exports.answer(format, accept, () -> report, "assignment-duty", q.organization().id(),
                () -> tables.duty(q.organization(), report));
    }

    private static LineResponse line(ProgressReports.Line l) {
        return new LineResponse(l.code(), l.name(), l.target(), l.admitted(), l.percent(), l.remaining(),
                l.pacePerQuarter(), l.projected(), l.inProgress());
    }
}
