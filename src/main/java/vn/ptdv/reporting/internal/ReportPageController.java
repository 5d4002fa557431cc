package vn.ptdv.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ptdv.admission.Admissions;
import vn.ptdv.ceremony.Ceremonies;
import vn.ptdv.membership.TransferInbox;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.Exports;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.reporting.internal.ReportForms.DutyForm;
import vn.ptdv.reporting.internal.ReportForms.ProgressForm;
import vn.ptdv.reporting.internal.ReportForms.StagnantForm;
import vn.ptdv.shared.DateInput;

/** Pages of the reports, and the dashboard that users land on. */
@Controller
class ReportPageController {
    static final int UPCOMING = 8;

    private final ReportQuestions questions;
    private final ProgressReports progress;
    private final CellReports cells;
    private final Admissions admissions;
    private final Ceremonies ceremonies;
    private final Terms terms;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final ReportTables tables;
    private final TransferInbox transfers;
    private final TallyFigures tallies;

    ReportPageController(ReportQuestions questions, ProgressReports progress, CellReports cells, Admissions admissions,
            Ceremonies ceremonies, Terms terms, OrganizationDirectory organizations, AccessScope scope,
            ReportTables tables, TransferInbox transfers, TallyFigures tallies) {
        this.tables = tables;
        this.tallies = tallies;
        this.transfers = transfers;
        this.questions = questions;
        this.progress = progress;
        this.cells = cells;
        this.admissions = admissions;
        this.ceremonies = ceremonies;
        this.terms = terms;
        this.organizations = organizations;
        this.scope = scope;
    }

    @GetMapping("/reports/progress")
    String progress(@RequestParam(required = false) String organization, @RequestParam(required = false) String term,
            @RequestParam(required = false) String year, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String sort, Model model) {
        ReportQuestions.Progress q = questions.progress(new ProgressForm(organization, term, year, asOf, sort)
                .parse(DateInput.PAGE));
        model.addAttribute("q", q);
        model.addAttribute("asOfText", VietnameseDates.format(q.asOf()));
        model.addAttribute("terms", terms.all());
        ProgressReports.Progress report = progress.progress(q.organization(), q.term(), q.year(), q.asOf(), q.sort());
        model.addAttribute("report", report);
        model.addAttribute("timeline", tables.timeline(report, progress.timeline(report)));
        Exports.offer(model, "progress", q.organization().id(), () -> tables.progress(report));
        return "reporting/progress";
    }

    @GetMapping("/reports/ranking")
    String ranking(@RequestParam(required = false) String organization, @RequestParam(required = false) String term,
            @RequestParam(required = false) String year, @RequestParam(required = false) String asOf, Model model) {
        ReportQuestions.Progress q = questions.progress(new ProgressForm(organization, term, year, asOf, null)
                .parse(DateInput.PAGE));
        model.addAttribute("q", q);
        model.addAttribute("asOfText", VietnameseDates.format(q.asOf()));
        model.addAttribute("terms", terms.all());
        List<ProgressReports.Ranked> ranking = progress.ranking(q.organization(), q.term(), q.year(), q.asOf());
        model.addAttribute("ranking", ranking);
        Exports.offer(model, "ranking", q.organization().id(), () -> tables.ranking(q, ranking));
        return "reporting/ranking";
    }

    @GetMapping("/reports/stagnant-cells")
    String stagnant(@RequestParam(required = false) String organization, @RequestParam(required = false) String years,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String kind, Model model) {
        ReportQuestions.Stagnant q = questions.stagnant(new StagnantForm(organization, years, asOf, kind)
                .parse(DateInput.PAGE));
        model.addAttribute("q", q);
        model.addAttribute("asOfText", VietnameseDates.format(q.asOf()));
        model.addAttribute("kinds", CellKind.values());
        List<CellReports.StagnantCell> stagnant = cells.stagnant(q.organization(), q.years(), q.asOf(), q.kind());
        model.addAttribute("cells", stagnant);
        model.addAttribute("paths", organizations.paths(stagnant.stream().map(CellReports.StagnantCell::id).toList()));
        Exports.offer(model, "stagnant-cells", q.organization().id(), () -> tables.stagnant(q, stagnant));
        return "reporting/stagnant";
    }

    @GetMapping("/reports/assignment-duty")
    String duty(@RequestParam(required = false) String organization, @RequestParam(required = false) String year,
            Model model) {
        ReportQuestions.Duty q = questions.duty(new DutyForm(organization, year).parse());
        model.addAttribute("organization", q.organization());
        model.addAttribute("year", q.year());
        CellReports.DutyReport report = cells.duty(q.organization(), q.year());
        model.addAttribute("report", report);
        Exports.offer(model, "assignment-duty", q.organization().id(), () -> tables.duty(q.organization(), report));
        return "reporting/duty";
    }

    /** The landing page: the scope at a glance, each number a link to the list behind it. */
    @GetMapping("/")
    @Transactional(readOnly = true)
    String dashboard(Model model) {
        LocalDate today = scope.today();
        Optional<OrganizationRef> home = scope.defaultOrganizationId().flatMap(organizations::findById);
        model.addAttribute("today", today);
        model.addAttribute("organization", home.orElse(null));
        if (home.isEmpty()) {
            return "reporting/dashboard";
        }
        OrganizationRef org = home.get();
        model.addAttribute("pendingTransfers", transfers.pendingIncoming());
        Optional<Term> term = terms.containing(today);
        model.addAttribute("term", term.orElse(null));
        term.ifPresent(t -> {
            ProgressReports.TermAndYear both = progress.termAndYear(org, t, today.getYear(), today);
            model.addAttribute("termProgress", both.term());
            model.addAttribute("yearProgress", both.year());
        });
        model.addAttribute("funnel", cells.funnel(org, today.getYear()));
        model.addAttribute("stagnantYears", ReportForms.DEFAULT_STAGNANT_YEARS);
        if (org.type().isCell()) {
            // A cell has no organizations under it: the dashboard is about the cell itself.
            model.addAttribute("cellMembers", cells.members(org));
        } else {
            model.addAttribute("stagnant", cells.stagnantCount(org, ReportForms.DEFAULT_STAGNANT_YEARS, today));
        }
        OptionalInt tier = tallies.tierFor(org, today);
        model.addAttribute("overdue", tier.isPresent() ? tallies.overdue(org, tier.getAsInt(), today)
                : admissions.overdue(org.id()));
        model.addAttribute("ceremonies", admissions.awaitingCeremony(org.id(), UPCOMING));
        model.addAttribute("plannedCeremonies", ceremonies.upcoming(org.id(), UPCOMING));
        model.addAttribute("year", today.getYear());
        return "reporting/dashboard";
    }
}
