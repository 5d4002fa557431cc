package vn.ptdv.membership.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ptdv.exchange.Exports;
import vn.ptdv.membership.PersonalData.Section;

/** The right of access on the API: everything ptdv holds about a person, as JSON sections or a workbook. */
@RestController
class PersonalDataApiController {
    private final PersonalDataExport export;
    private final Exports exports;

    PersonalDataApiController(PersonalDataExport export, Exports exports) {
        this.export = export;
        this.exports = exports;
    }

    @GetMapping("/api/v1/people/{id}/personal-data")
    @Operation(summary = "Toàn bộ dữ liệu ptdv giữ về một người (quyền được biết), ghi nhật ký; ?format=xlsx cho tệp Excel")
    ResponseEntity<?> personalData(@PathVariable long id, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<Section> sections = export.sections(id, "api");
        if (Exports.wantsWorkbook(format, accept)) {
            return exports.workbook(export.table(id, sections), "personal-data", export.organizationOf(id));
        }
        return exports.answer(format, accept, () -> sections, "personal-data", null, () -> export.table(id, sections));
    }
}
