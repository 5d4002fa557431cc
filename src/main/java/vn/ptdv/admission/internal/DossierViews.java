package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.rules.Rule;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Messages;
import vn.ptdv.training.Certificate;
import vn.ptdv.training.Certificates;

/** A dossier as its page, its printout and the API show it: timeline, documents, findings, history. */
@Component
class DossierViews {
    private final DossierService dossiers;
    private final RuleBook rules;
    private final Certificates certificates;
    private final AccessScope scope;
    private final Messages messages;

    DossierViews(DossierService dossiers, RuleBook rules, Certificates certificates, AccessScope scope,
            Messages messages) {
        this.dossiers = dossiers;
        this.rules = rules;
        this.certificates = certificates;
        this.scope = scope;
        this.messages = messages;
    }

    enum Progress {
        DONE,
        NEXT,
        LATER
    }

    /** A step of the procedure on the timeline: done (with its record), next (with its due date), or later. */
    record TimelineEntry(StepCode step, Progress progress, StepRecord record, OrganizationRef owner, LocalDate due,
            boolean overdue) {
    }

    /** A document of the dossier, present or missing. */
    record Document(String nameKey, boolean present, LocalDate date, String detail) {
    }

    /**
     * A warning or an attention reason, with the document and article it comes from; a warning
     * about facts ptdv checked against its records may be answered.
     */
    record Finding(String ruleId, String severity, String message, String source, Long stepId, boolean answerable,
            String answer, String answeredBy) {
    }

    /**
     * @param authority who decides the admission (the provincial level for a special case)
     * @param specialAuthorityKey why the provincial level decides, when it does
     * @param partyAgeFrom the date in the admission decision, from which party age counts once recognized
     */
    record View(DossierRow row, DossierService.Loaded loaded, List<TimelineEntry> timeline, List<Document> documents,
            List<Finding> findings, List<StepRecord> history, Map<Long, String> details, List<StepCode> recordable,
            boolean overdue, Optional<Certificate> certificate, OrganizationRef authority, String specialAuthorityKey,
            LocalDate partyAgeFrom, Integer partyAgeYears) {

        public Dossier dossier() {
            return loaded.dossier();
        }

        public DossierKind kind() {
            return loaded.dossier().kind();
        }
    }

    View view(long id) {
        DossierService.Loaded loaded = dossiers.load(id);
        DossierRow row = loaded.row();
        Dossier dossier = loaded.dossier();
        LocalDate today = scope.today();
        boolean overdue = row.dueDate() != null && today.isAfter(row.dueDate()) && row.state().open()
                && row.state() != DossierState.STOPPED;

        List<TimelineEntry> timeline = new ArrayList<>();
        for (StepCode step : dossier.sequence()) {
            Optional<StepRecord> record = dossier.latest(step);
            Progress progress = record.isPresent() ? Progress.DONE
                    : row.nextStep() == step ? Progress.NEXT : Progress.LATER;
            OrganizationRef owner = record.flatMap(r -> dossiers.ownerOn(loaded, dossier.kind(), step, r.date()))
                    .orElseGet(() -> dossiers.ownerToday(loaded, step));
            timeline.add(new TimelineEntry(step, progress, record.orElse(null), owner,
                    progress == Progress.NEXT ? row.dueDate() : null, progress == Progress.NEXT && overdue));
        }

        // The certificate that counted at the cell's vote, or the one valid today while the papers are gathered.
        LocalDate certificateDay = dossier.proposedOn().orElse(today);
        Optional<Certificate> certificate = certificates.validOn(row.personId(), certificateDay);
        List<Document> documents = new ArrayList<>();
        for (StepCode step : dossier.sequence()) {
            Optional<StepRecord> record = dossier.latest(step);
            documents.add(new Document("document." + step.name(), record.isPresent(),
                    record.map(StepRecord::date).orElse(null), record.map(this::detail).orElse(null)));
            if (step == StepCode.COMMENTS) {
                documents.add(new Document("document.CERTIFICATE", certificate.isPresent(),
                        certificate.map(Certificate::issuedOn).orElse(null),
                        certificate.map(c -> messages.text("document.certificateDetail", c.number(),
                                VietnameseDates.format(c.lastValidDay()))).orElse(null)));
            }
        }

        List<Finding> findings = new ArrayList<>();
        for (Schedule.Reason reason : Schedule.reasons(row, today)) {
            findings.add(new Finding(reason.ruleId(), "WARN", messages.text(reason.messageKey(), reason.args().toArray()),
                    sourceToday(reason.ruleId(), today), null, false, null, null));
        }
        for (StepRecord record : dossier.current()) {
            for (RecordedWarning warning : record.warnings()) {
                boolean answerable = rules.rule(warning.ruleId()).map(Rule::answerable).orElse(false);
                findings.add(new Finding(warning.ruleId(), "WARN", warning.message(), source(warning), record.id(),
                        answerable, warning.answer(), warning.answeredBy()));
            }
        }

        List<StepCode> recordable = dossiers.recordableBy(loaded, Procedure.steps().stream()
                .map(Procedure.Step::code).filter(step -> rules.inOrder(dossier, step, today)).toList());
        List<StepRecord> history = dossier.history().stream().sorted(Dossier.CHRONOLOGICAL).toList();
        Map<Long, String> details = new HashMap<>();
        history.forEach(r -> details.put(r.id(), detail(r)));
        OrganizationRef authority = dossiers.ownerToday(loaded, StepCode.ADMISSION_DECISION);
        String special = dossier.kind().over60() ? "dossier.special.over60"
                : dossier.kind().readmission() ? "dossier.special.readmission" : null;
        LocalDate partyAgeFrom = row.state() == DossierState.OFFICIAL ? row.decisionDate() : null;
        Integer partyAgeYears = partyAgeFrom == null ? null : Period.between(partyAgeFrom, today).getYears();
        return new View(row, loaded, timeline, documents, findings, history, details, recordable, overdue,
                certificate, authority, special, partyAgeFrom, partyAgeYears);
    }

    /** The documents and articles of a stored warning, as shown when it was recorded. */
    String source(RecordedWarning warning) {
        return warning.source() != null ? warning.source() : messages.text(warning.sourceKey());
    }

    /** The documents and articles a rule rests on today, for findings computed now. */
    private String sourceToday(String ruleId, LocalDate today) {
        return rules.rule(ruleId).map(r -> dossiers.source(r.nearestVersion(today).citations()))
                .orElseGet(() -> messages.text("source.procedure2022"));
    }

    /** A short line of what the record says: the decision's number, the votes… */
    String detail(StepRecord record) {
        StepData d = record.data();
        List<String> parts = new ArrayList<>();
        if (d instanceof StepData.Decision decision) {
            parts.add(messages.text("dossier.detail.decision", decision.decisionNumber()));
        }
        if (d instanceof StepData.Removal removal) {
            parts.add(messages.text("dossier.detail.decision", removal.decisionNumber()));
            parts.add(removal.reason());
        }
        if (d instanceof StepData.Vote vote) {
            parts.add(messages.text("dossier.detail.votes", vote.votesFor(), vote.entitled()));
        }
        if (d instanceof StepData.NewMemberClass newMember) {
            parts.add(messages.text("dossier.detail.certificate", newMember.certificateNumber()));
        }
        if (d instanceof StepData.Introduction introduction) {
            parts.add(messages.text("dossier.detail.introducers", introduction.introducers().size()));
        }
        if (d instanceof StepData.BackgroundCheck check) {
            parts.add(check.conclusion());
        }
        if (d instanceof StepData.Refusal refusal) {
            parts.add(refusal.reason());
        }
        if (d instanceof StepData.Reason reason) {
            parts.add(reason.reason());
        }
        if (d instanceof StepData.Ceremony ceremony && ceremony.place() != null) {
            parts.add(ceremony.place());
        }
        if (d instanceof StepData.CommitteeReview review) {
            parts.add(review.opinion());
        }
        return String.join("; ", parts);
    }
}
