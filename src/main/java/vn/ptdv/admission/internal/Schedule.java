package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.rules.Facts;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;
import vn.ptdv.training.Certificate;

/**
 * When the next step is due — its deadline in the procedure's table, with the numbers of the
 * rule's version — and from when a dossier needs attention: its next step overdue; a
 * certificate or papers expiring (within 30 days) before the cell's vote; a probationary member
 * whose recognition falls due within 30 days.
 */
final class Schedule {
    static final int ATTENTION_DAYS = 30;
    static final List<StepCode> PAPERS = List.of(StepCode.APPLICATION, StepCode.INTRODUCTION, StepCode.COMMENTS);

    private Schedule() {
    }

    record Plan(DossierState state, StepCode nextStep, LocalDate dueDate, LocalDate decisionDate,
            LocalDate ceremonyDate, LocalDate probationEnd, LocalDate papersExpireOn, LocalDate certificateExpiresOn,
            LocalDate attentionOn) {
    }

    /**
     * @param certificate the applicant's certificate valid today, if any
     */
    static Plan plan(Dossier dossier, LocalDate openedOn, Optional<Certificate> certificate, Facts facts,
            RuleBook rules) {
        DossierState state = dossier.state();
        StepCode next = dossier.nextStep().orElse(null);
        LocalDate decision = dossier.latest(StepCode.ADMISSION_DECISION).map(StepRecord::date).orElse(null);
        LocalDate ceremony = dossier.latest(StepCode.CEREMONY).map(StepRecord::date).orElse(null);
        LocalDate probationEnd = dossier.probationEnd().orElse(null);
        LocalDate due = next == null || !state.open() || state == DossierState.STOPPED ? null
                : rules.dueDate(dossier, next, facts).orElse(null);
        LocalDate papers = null;
        LocalDate certificateExpires = null;
        List<LocalDate> attention = new ArrayList<>();
        if (state == DossierState.PREPARING) {
            int months = rules.rule("R-PAPERS-FRESH").orElseThrow().nearestVersion(openedOn).number("validityMonths");
            papers = dossier.current().stream().filter(r -> PAPERS.contains(r.step()))
                    .map(r -> r.date().plusMonths(months)).min(Comparator.naturalOrder()).orElse(null);
            certificateExpires = certificate.map(Certificate::expiresOn).orElse(null);
            attention.add(certificateExpires == null ? openedOn : certificateExpires.minusDays(ATTENTION_DAYS));
            if (papers != null) {
                attention.add(papers.minusDays(ATTENTION_DAYS));
            }
        }
        if (state == DossierState.PROBATION && dossier.recognition() == Dossier.Recognition.NONE) {
            attention.add(probationEnd.minusDays(ATTENTION_DAYS));
            rules.dueDate(dossier, StepCode.RECOGNITION_CELL_RESOLUTION, facts)
                    .ifPresent(recognitionDue -> attention.add(recognitionDue.plusDays(1)));
        }
        if (due != null) {
            attention.add(due.plusDays(1));
        }
        LocalDate attentionOn = state.open()
                ? attention.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null)
                : null;
        return new Plan(state, next, due, decision, ceremony, probationEnd, papers, certificateExpires, attentionOn);
    }

    /** Why a dossier needs attention today: a message key and its arguments, with the rule it concerns. */
    record Reason(String ruleId, String messageKey, List<Object> args) {
    }

    /** The reasons a stored dossier needs attention on the date (empty when it does not). */
    static List<Reason> reasons(DossierRow row, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (!row.state().open() || row.state() == DossierState.STOPPED) {
            return reasons;
        }
        LocalDate soon = today.plusDays(ATTENTION_DAYS);
        if (row.dueDate() != null && today.isAfter(row.dueDate())) {
            reasons.add(new Reason(deadlineRule(row.nextStep()), "attention.overdue",
                    List.of(Problems.term(row.nextStep().messageKey()), VietnameseDates.format(row.dueDate()))));
        }
        if (row.state() == DossierState.PREPARING) {
            if (row.certificateExpiresOn() == null) {
                reasons.add(new Reason("R-CERTIFICATE", "attention.certificateMissing", List.of()));
            } else if (!row.certificateExpiresOn().isAfter(soon)) {
                reasons.add(new Reason("R-CERTIFICATE", "attention.certificateExpiring",
                        List.of(VietnameseDates.format(row.certificateExpiresOn().minusDays(1)))));
            }
            if (row.papersExpireOn() != null && !row.papersExpireOn().isAfter(soon)) {
                reasons.add(new Reason("R-PAPERS-FRESH", "attention.papersExpiring",
                        List.of(VietnameseDates.format(row.papersExpireOn().minusDays(1)))));
            }
        }
        if (row.state() == DossierState.PROBATION && row.probationEnd() != null
                && !row.probationEnd().isAfter(soon) && (row.nextStep() == StepCode.NEW_MEMBER_CLASS
                        || row.nextStep() == StepCode.RECOGNITION_CELL_RESOLUTION)) {
            reasons.add(new Reason("R-PROBATION-12M", "attention.recognitionDue",
                    List.of(VietnameseDates.format(row.probationEnd()))));
        }
        return reasons;
    }

    /** The deadline rule that sets when the step is due, by the procedure's table. */
    static String deadlineRule(StepCode step) {
        String rule = step == null ? null : Procedure.step(step).deadline().ruleId();
        return rule == null ? "R-STEP-ORDER" : rule;
    }
}
