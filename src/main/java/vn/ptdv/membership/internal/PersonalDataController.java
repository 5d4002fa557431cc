package vn.ptdv.membership.internal;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.ptdv.exchange.Exports;
import vn.ptdv.membership.PersonalData.Section;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;

/**
 * The person's page's "Xuất toàn bộ dữ liệu của người này" (the right of access, a workbook), and
 * the administrators' page of the personal data lifecycle: the retention and the last runs.
 */
@Controller
class PersonalDataController {
    private final PersonalDataExport export;
    private final Exports exports;
    private final Anonymization anonymization;
    private final AnonymizationRuns runs;
    private final DailyAnonymization daily;

    PersonalDataController(PersonalDataExport export, Exports exports, Anonymization anonymization,
            AnonymizationRuns runs, DailyAnonymization daily) {
        this.export = export;
        this.exports = exports;
        this.anonymization = anonymization;
        this.runs = runs;
        this.daily = daily;
    }

    @PostMapping("/people/{id}/personal-data")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        List<Section> sections = export.sections(id, "page");
        return exports.workbook(export.table(id, sections), "personal-data", export.organizationOf(id));
    }

    @GetMapping("/settings/personal-data")
    String settings(Model model) {
        if (!CurrentUser.require().isAdmin()) {
            throw new ForbiddenException("error.forbidden.detail");
        }
        model.addAttribute("retentionYears", anonymization.retention().years());
        model.addAttribute("scheduled", daily.scheduled());
        model.addAttribute("runs", runs.latest(10));
        return "membership/personal-data";
    }
}
