package vn.ptdv.ceremony.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ptdv.ceremony.internal.CeremonyForms.AbsentForm;
import vn.ptdv.ceremony.internal.CeremonyForms.AnniversaryForm;
import vn.ptdv.ceremony.internal.CeremonyForms.CeremonyForm;
import vn.ptdv.ceremony.internal.CeremonyForms.DossiersForm;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.web.FormSubmission;
import vn.ptdv.shared.web.FormSubmission.Done;

/**
 * The ceremonies page of an organization (upcoming ceremonies, the decided dossiers waiting for
 * one with their last day, the anniversaries of the coming year, planning a ceremony, adding a
 * local anniversary) and the page of one ceremony (its persons, adding dossiers, holding it).
 */
@Controller
class CeremonyPageController {
    /** How far ahead the page lists anniversaries. */
    static final int CALENDAR_MONTHS = 12;

    private final CeremonyService ceremonies;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    CeremonyPageController(CeremonyService ceremonies, OrganizationDirectory organizations, AccessScope scope) {
        this.ceremonies = ceremonies;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** Ticked absent dossiers of the hold form; their reasons come as {@code reason-<id>}. */
    record HoldForm(List<String> absent) {
    }

    @GetMapping("/ceremonies")
    String list(@RequestParam(required = false) String organization, Model model) {
        OrganizationRef org = organizations.requireVisibleOrHome(Problems.optional(organization));
        model.addAttribute("form", CeremonyForm.blank(org.code()));
        model.addAttribute("anniversaryForm", AnniversaryForm.blank(org.code()));
        return listView(org, model);
    }

    @PostMapping("/ceremonies")
    String plan(@ModelAttribute("form") CeremonyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            CeremonyRow row = ceremonies.plan(form.parse(DateInput.PAGE));
            return Done.to("/ceremonies/" + row.id(), "ceremony.planned", formatDate(row.date()));
        }, () -> {
            model.addAttribute("anniversaryForm", AnniversaryForm.blank(form.organizationCode()));
            return listView(home(form.organizationCode()), model);
        });
    }

    @PostMapping("/ceremonies/anniversaries")
    String addAnniversary(@ModelAttribute("anniversaryForm") AnniversaryForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            Anniversary a = ceremonies.addAnniversary(form.parse(scope.today().getYear()));
            return Done.to("/ceremonies?organization=" + a.organizationCode(), "anniversary.added", a.name());
        }, () -> {
            model.addAttribute("form", CeremonyForm.blank(form.organizationCode()));
            return listView(home(form.organizationCode()), model);
        });
    }

    private OrganizationRef home(String code) {
        return organizations.requireVisibleOrHome(Problems.optional(code));
    }

    private String listView(OrganizationRef org, Model model) {
        LocalDate today = scope.today();
        model.addAttribute("organization", org);
        model.addAttribute("today", today);
        model.addAttribute("upcoming", ceremonies.list(org, today, today.plusYears(CeremonyService.YEARS_AHEAD),
                CeremonyRow.Status.PLANNED));
        List<CeremonyRow> recent = new ArrayList<>(ceremonies.list(org, today.minusMonths(CALENDAR_MONTHS),
                today.minusDays(1), null));
        java.util.Collections.reverse(recent);
        model.addAttribute("recent", recent);
        model.addAttribute("candidates", ceremonies.candidates(org));
        model.addAttribute("anniversaries", ceremonies.anniversaries(org));
        model.addAttribute("calendar", ceremonies.calendar(org, today, today.plusMonths(CALENDAR_MONTHS)));
        model.addAttribute("mayWrite", scope.user().role().canWrite());
        return "ceremony/ceremonies";
    }

    @GetMapping("/ceremonies/{id}")
    String ceremony(@PathVariable long id, Model model) {
        model.addAttribute("dossiersForm", new DossiersForm(List.of()));
        model.addAttribute("holdForm", new HoldForm(List.of()));
        return ceremonyView(id, model, Map.of());
    }

    @PostMapping("/ceremonies/{id}/dossiers")
    String addDossiers(@PathVariable long id, @ModelAttribute("dossiersForm") DossiersForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            List<Long> ids = form.parse();
            ceremonies.addDossiers(id, ids);
            return Done.to("/ceremonies/" + id, "ceremony.dossiersAdded", ids.size());
        }, () -> {
            model.addAttribute("holdForm", new HoldForm(List.of()));
            return ceremonyView(id, model, Map.of());
        });
    }

    @PostMapping("/ceremonies/{id}/held")
    String hold(@PathVariable long id, @ModelAttribute("holdForm") HoldForm form, BindingResult binding,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, redirect, () -> {
            List<AbsentForm> absent = new ArrayList<>();
            for (String dossierId : form.absent() == null ? List.<String>of() : form.absent()) {
                absent.add(new AbsentForm(dossierId, params.get("reason-" + dossierId)));
            }
            CeremonyRow row = ceremonies.hold(id, CeremonyForms.parseAbsent(absent));
            return Done.to("/ceremonies/" + id, "ceremony.held", formatDate(row.date()));
        }, () -> {
            model.addAttribute("dossiersForm", new DossiersForm(List.of()));
            return ceremonyView(id, model, params);
        });
    }

    @PostMapping("/ceremonies/{id}/dossiers/{dossierId}/removed")
    String removeDossier(@PathVariable long id, @PathVariable long dossierId, RedirectAttributes redirect) {
        ceremonies.removeDossier(id, dossierId);
        redirect.addFlashAttribute("notice", "ceremony.dossierRemoved");
        return "redirect:/ceremonies/" + id;
    }

    @PostMapping("/ceremonies/{id}/cancelled")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        CeremonyRow row = ceremonies.cancel(id);
        redirect.addFlashAttribute("notice", "ceremony.cancelled");
        redirect.addFlashAttribute("noticeArgs", new Object[] {formatDate(row.date())});
        return "redirect:/ceremonies/" + id;
    }

    private String ceremonyView(long id, Model model, Map<String, String> typed) {
        CeremonyService.Detail detail = ceremonies.detail(id);
        CeremonyRow c = detail.ceremony();
        OrganizationRef host = organizations.findById(c.organizationId()).orElseThrow();
        boolean mayWrite = scope.user().role().canWrite();
        boolean planned = c.status() == CeremonyRow.Status.PLANNED;
        model.addAttribute("ceremony", c);
        model.addAttribute("lines", detail.lines());
        model.addAttribute("mayChange", mayWrite && planned);
        model.addAttribute("mayHold", mayWrite && planned && !c.date().isAfter(scope.today())
                && !detail.lines().isEmpty());
        model.addAttribute("typed", typed);
        model.addAttribute("today", scope.today());
        model.addAttribute("candidates", mayWrite && planned ? ceremonies.candidates(host).stream()
                .filter(k -> k.plannedIn() == null && canMake(k.dossier(), c.date())).toList()
                : List.of());
        return "ceremony/ceremony";
    }

    /** Decided by the ceremony's date, and the ceremony within its deadline (the service checks it again). */
    private static boolean canMake(vn.ptdv.admission.Admissions.CeremonyDossier d, LocalDate date) {
        return d.decisionDate() != null && !date.isBefore(d.decisionDate())
                && (d.ceremonyDue() == null || !d.ceremonyDue().isBefore(date));
    }

    private static String formatDate(LocalDate date) {
        return vn.ptdv.calendar.VietnameseDates.format(date);
    }
}
