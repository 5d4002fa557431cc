package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.admission.internal.rules.RuleVersion;
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
    private final Certificates certificates;
    private final AccessScope scope;
    private final Messages messages;

    DossierViews(DossierService dossiers, Certificates certificates, AccessScope scope, Messages messages) {
        this.dossiers = dossiers;
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

    /** A warning or an attention reason, with the document and article it comes from. */
    record Finding(String ruleId, String severity, String message, String source, Long stepId) {
    }

    record View(DossierRow row, DossierService.Loaded loaded, List<TimelineEntry> timeline, List<Document> documents,
            List<Finding> findings, List<StepRecord> history, Map<Long, String> details, List<StepCode> recordable,
            boolean overdue, Optional<Certificate> certificate) {

        public OrganizationRef authority() {
            return loaded.chain().authority();
        }

        public Dossier dossier() {
            return loaded.dossier();
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
            timeline.add(new TimelineEntry(step, progress, record.orElse(null), dossiers.ownerOf(loaded.chain(), step),
                    progress == Progress.NEXT ? row.dueDate() : null, progress == Progress.NEXT && overdue));
        }

        // The certificate that counted at the cell's vote, or the one valid today while the papers are gathered.
        LocalDate certificateDay = dossier.latest(StepCode.CELL_RESOLUTION).map(StepRecord::date).orElse(today);
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
                    messages.text(sourceOfRule(reason.ruleId(), today)), null));
        }
        for (StepRecord record : dossier.current()) {
            for (RecordedWarning warning : record.warnings()) {
                findings.add(new Finding(warning.ruleId(), "WARN", warning.message(),
                        messages.text(warning.sourceKey()), record.id()));
            }
        }

        List<StepCode> recordable = dossiers.recordableBy(loaded, Arrays.stream(StepCode.values())
                .filter(step -> RuleBook.inOrder(dossier, step, today)).toList());
        List<StepRecord> history = dossier.history().stream().sorted(Dossier.CHRONOLOGICAL).toList();
        Map<Long, String> details = new HashMap<>();
        history.forEach(r -> details.put(r.id(), detail(r)));
        return new View(row, loaded, timeline, documents, findings, history, details, recordable, overdue,
                certificate);
    }

    /** The document and article a rule comes from today, for findings computed now. */
    private static String sourceOfRule(String ruleId, LocalDate today) {
        return RuleBook.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .flatMap(r -> r.versionOn(today)).map(RuleVersion::sourceKey).orElse("source.procedure2022");
    }

    /** A short line of what the record says: the decision's number, the votes… */
    String detail(StepRecord record) {
        StepData d = record.data();
        List<String> parts = new ArrayList<>();
        if (d.decisionNumber() != null) {
            parts.add(messages.text("dossier.detail.decision", d.decisionNumber()));
        }
        if (d.votesFor() != null) {
            Integer entitled = d.officialMembers() != null ? d.officialMembers() : d.committeeMembers();
            parts.add(messages.text("dossier.detail.votes", d.votesFor(), entitled));
        }
        if (d.certificateNumber() != null) {
            parts.add(messages.text("dossier.detail.certificate", d.certificateNumber()));
        }
        if (!d.introducers().isEmpty()) {
            parts.add(messages.text("dossier.detail.introducers", d.introducers().size()));
        }
        if (d.conclusion() != null) {
            parts.add(d.conclusion());
        }
        if (d.reason() != null) {
            parts.add(d.reason());
        }
        if (d.place() != null) {
            parts.add(d.place());
        }
        return String.join("; ", parts);
    }
}
