package vn.ptdv.exchange.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.Workbooks;
import vn.ptdv.shared.Messages;

@RestController
@Tag(name = "Nhập dữ liệu", description = "Nhập tổ chức, đảng viên, nguồn kết nạp, học viên và chỉ tiêu từ tệp Excel (.xlsx) hoặc CSV")
class ImportApiController {
    private final ImportService imports;
    private final Messages messages;

    ImportApiController(ImportService imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record KindResponse(String kind, String title, String sheet, List<ColumnResponse> columns) {
    }

    record ColumnResponse(String header, String field, boolean required, String explanation, List<String> values) {
    }

    record ImportResponse(String kind, boolean dryRun, int rows, ImportCounts stored) {
    }

    @GetMapping("/api/v1/imports")
    @Operation(summary = "Các loại dữ liệu nhập được, với các cột của từng loại")
    List<KindResponse> kinds() {
        return imports.kinds().stream().map(k -> new KindResponse(k.code(), k.title(), k.sheetName(),
                k.columns().stream().map(c -> new ColumnResponse(c.header(), c.field(), c.required(), c.explanation(),
                        c.choices().stream().map(ImportColumn.Choice::name).toList())).toList())).toList();
    }

    @GetMapping("/api/v1/imports/{kind}/template")
    @Operation(summary = "Tệp mẫu (.xlsx) của một loại: tiêu đề cột, trang giải thích, danh sách chọn, một dòng ví dụ")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return workbook(imports.template(kind), "mau-nhap-" + kind + ".xlsx");
    }

    @PostMapping(value = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập một tệp (trường file): kiểm tra mọi dòng trước, chỉ lưu khi không có lỗi nào, trong một giao dịch;"
            + " dryRun=true chỉ kiểm tra; nhập lại cùng tệp không thay đổi gì")
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        byte[] content = bytes(file);
        ImportRun.Outcome outcome = imports.importNow(kind, content, file.getOriginalFilename(), dryRun);
        if (outcome.refused()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    messages.text("import.invalid.detail", outcome.problemCount(), outcome.rows()));
            problem.setTitle(messages.text("import.invalid.title"));
            problem.setProperty("rows", outcome.rows());
            problem.setProperty("problemCount", outcome.problemCount());
            problem.setProperty("errors", outcome.problems().stream().map(p -> Map.of("sheet", p.sheet(), "row",
                    p.row(), "column", p.column(), "cell", p.columnLetter() + p.row(), "value",
                    p.value() == null ? "" : p.value(), "message", p.message())).toList());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(new ImportResponse(kind, dryRun, outcome.rows(), outcome.stored()));
    }

    @PostMapping(value = "/api/v1/imports/{kind}/errors", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Trả lại chính tệp đã gửi, các ô có lỗi tô đỏ kèm ghi chú lý do, và một trang liệt kê lỗi")
    ResponseEntity<byte[]> errors(@PathVariable String kind, @RequestParam("file") MultipartFile file) {
        byte[] content = bytes(file);
        ImportRun.Outcome outcome = imports.importNow(kind, content, file.getOriginalFilename(), true);
        return workbook(imports.errorWorkbook(kind, content, file.getOriginalFilename(), outcome.problems()),
                "loi-nhap-" + kind + ".xlsx");
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> workbook(byte[] content, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE)).body(content);
    }
}
