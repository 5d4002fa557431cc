package vn.ptdv.documents.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The forms of a dossier (6-, 8-, 9-, 13-, 15-, 16-KNĐ) from the dossier's page and the API. */
@RestController
@Tag(name = "Văn bản và biểu thống kê")
class DossierFormController {
    private final DossierFormService forms;

    DossierFormController(DossierFormService forms) {
        this.forms = forms;
    }

    @GetMapping("/dossiers/{id}/documents/{form}")
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable String form,
            @RequestParam(required = false) String format) {
        return download(id, form, format);
    }

    @GetMapping("/api/v1/dossiers/{id}/documents/{form}")
    @Operation(summary = "Biểu mẫu của hồ sơ kết nạp, điền sẵn từ hồ sơ: 6-KND (nghị quyết chi bộ đề nghị kết nạp), 8-KND "
            + "(nghị quyết đảng ủy cơ sở), 9-KND (quyết định kết nạp), 13-KND, 15-KND (nghị quyết đề nghị công nhận đảng "
            + "viên chính thức), 16-KND (quyết định công nhận); format=docx|pdf (mặc định pdf). Bước chưa ghi nhận thì "
            + "biểu mẫu là bản dự thảo.")
    ResponseEntity<byte[]> api(@PathVariable long id, @PathVariable String form,
            @RequestParam(required = false) String format) {
        return download(id, form, format);
    }

    private ResponseEntity<byte[]> download(long id, String form, String format) {
        DocumentFormat asked = DocumentForms.format(format, EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF),
                DocumentFormat.PDF);
        return Downloads.of(forms.render(id, DossierFormService.form(form), asked));
    }
}
