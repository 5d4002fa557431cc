package vn.ptdv.documents.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/**
 * Pages of the documents: the statistical tables with their "In / tải biểu mẫu" menu, the
 * register of probationary members, and the templates under "Cài đặt" for administrators.
 */
@Controller
class DocumentPageController {
    private final StatisticsService statistics;
    private final DocumentService documents;
    private final TemplateService templates;
    private final AccessScope scope;
    private final OrganizationDirectory organizations;

    DocumentPageController(StatisticsService statistics, DocumentService documents, TemplateService templates,
            AccessScope scope, OrganizationDirectory organizations) {
        this.organizations = organizations;
        this.statistics = statistics;
        this.documents = documents;
        this.templates = templates;
        this.scope = scope;
    }

    @GetMapping("/reports/statistics")
    String statistics(@ModelAttribute("question") DocumentForms.PeriodForm form, Model model) {
        StatisticsService.Period period = statistics.period(form.parse(DateInput.PAGE));
        model.addAttribute("period", period);
        model.addAttribute("fromText", VietnameseDates.format(period.from()));
        model.addAttribute("toText", VietnameseDates.format(period.to()));
        model.addAttribute("reports", Stream.of(StatisticsTable.values()).map(t -> statistics.report(t, period))
                .toList());
        model.addAttribute("formats", List.of(DocumentFormat.XLSX, DocumentFormat.PDF, DocumentFormat.DOCX));
        return "documents/statistics";
    }

    @GetMapping("/reports/statistics/{table}/file")
    @ResponseBody
    ResponseEntity<byte[]> statisticsFile(@PathVariable String table, DocumentForms.PeriodForm form,
            @RequestParam(required = false) String format) {
        StatisticsTable which = DocumentForms.table(table);
        DocumentFormat asked = DocumentForms.format(format, EnumSet.allOf(DocumentFormat.class), DocumentFormat.PDF);
        return Downloads.of(documents.statistics(which, statistics.period(form.parse(DateInput.PAGE)), asked));
    }

    /** The register of probationary members (sổ đảng viên dự bị) of an organization, with its Word, PDF and Excel. */
    @GetMapping("/reports/probation-register")
    String probationRegister(@ModelAttribute("question") DocumentForms.PeriodForm form, Model model) {
        DocumentForms.PeriodRequest request = form.parse(DateInput.PAGE);
        OrganizationRef organization = organizations.requireVisibleOrHome(request.organizationCode());
        DocumentForms.PeriodRequest asked = new DocumentForms.PeriodRequest(organization.code(), request.from(),
                request.to());
        Table table = documents.registerTable(asked);
        model.addAttribute("organization", organization);
        model.addAttribute("register", table);
        model.addAttribute("fromText", request.from() == null ? "" : VietnameseDates.format(request.from()));
        model.addAttribute("toText", request.to() == null ? "" : VietnameseDates.format(request.to()));
        Exports.offer(model, "probation-register", organization.id(), () -> table);
        return "documents/probation-register";
    }

    @GetMapping("/organizations/{code}/documents/18-KND")
    @ResponseBody
    ResponseEntity<byte[]> register(@PathVariable String code, @RequestParam(required = false) String format,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DocumentFormat asked = DocumentForms.registerFormat(format);
        return Downloads.of(documents.register(new DocumentForms.PeriodForm(code, from, to).parse(DateInput.PAGE),
                asked));
    }

    // --- templates, for administrators ---

    @GetMapping("/settings/templates")
    String templates(Model model) {
        requireAdmin();
        model.addAttribute("form", new DocumentForms.TemplateUploadForm(VietnameseDates.format(scope.today()), null));
        return templatesPage(model, null);
    }

    private String templatesPage(Model model, String uploading) {
        model.addAttribute("kinds", TemplateKind.values());
        model.addAttribute("versions", Stream.of(TemplateKind.values())
                .collect(java.util.stream.Collectors.toMap(TemplateKind::code, templates::versions)));
        model.addAttribute("inForce", Stream.of(TemplateKind.values()).collect(java.util.stream.Collectors.toMap(
                TemplateKind::code, k -> templates.inForce(k, scope.today()).version() == null ? ""
                        : VietnameseDates.format(templates.inForce(k, scope.today()).version().validFrom()))));
        model.addAttribute("uploading", uploading);
        return "documents/templates";
    }

    @GetMapping("/settings/templates/{code}/file")
    @ResponseBody
    ResponseEntity<byte[]> templateInForce(@PathVariable String code) {
        requireAdmin();
        TemplateService.Template template = templates.inForce(DocumentApiController.kind(code), scope.today());
        return Downloads.of(template);
    }

    @GetMapping("/settings/templates/{code}/versions/{id}")
    @ResponseBody
    ResponseEntity<byte[]> templateVersion(@PathVariable String code, @PathVariable long id) {
        TemplateService.Template template = templates.version(DocumentApiController.kind(code), id);
        return Downloads.of(template);
    }

    @PostMapping("/settings/templates/{code}")
    String upload(@PathVariable String code, @ModelAttribute("form") DocumentForms.TemplateUploadForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        requireAdmin();
        TemplateKind kind = DocumentApiController.kind(code);
        return FormSubmission.submit(binding, redirect, () -> {
            TemplateService.UploadTemplate upload = form.parse(kind, DateInput.PAGE);
            templates.upload(upload);
            return Done.to("/settings/templates", "document.template.uploaded", upload.fileName(),
                    VietnameseDates.format(upload.validFrom()));
        }, () -> templatesPage(model, kind.code()));
    }

    private void requireAdmin() {
        if (!scope.user().isAdmin()) {
            throw new ForbiddenException("document.template.forbidden");
        }
    }
}
