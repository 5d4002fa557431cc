package vn.ptdv.ceremony.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.Admissions.CeremonyDossier;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.ceremony.Ceremonies;
import vn.ptdv.ceremony.internal.CeremonyForms.NewAnniversary;
import vn.ptdv.ceremony.internal.CeremonyForms.PlanCeremony;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.RuleViolation;
import vn.ptdv.shared.VietnameseOrder;

/**
 * Use cases of collective ceremonies: the anniversary calendar of an organization (national
 * anniversaries and the local ones of the organization and its ancestors), planning a ceremony,
 * adding decided dossiers that can still make it by the ceremony deadline of the admission
 * procedure, holding it (the ceremony step of every dossier present, through the admission
 * module), cancelling it, and what each decided dossier can still make.
 */
@Service
class CeremonyService implements Ceremonies {
    /** How far ahead the dashboard and the list look for planned ceremonies. */
    static final int YEARS_AHEAD = 100;

    private final CeremonyStore store;
    private final Admissions admissions;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    CeremonyService(CeremonyStore store, Admissions admissions, OrganizationDirectory organizations, AccessScope scope,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.admissions = admissions;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A ceremony with its admitted persons as the admission module sees their dossiers now. */
    record Detail(CeremonyRow ceremony, List<Line> lines) {
    }

    record Line(CeremonyDossier dossier, CeremonyRow.Attendance attendance, String absenceReason) {
    }

    /**
     * A decided dossier waiting for its ceremony: the planned ceremony it is in (if any), and the
     * planned ceremonies and anniversaries it can still make, from today (or its decision) to the
     * last day its ceremony may be held.
     */
    record Candidate(CeremonyDossier dossier, CeremonyRow plannedIn, List<CeremonyRow> ceremonies,
            List<Anniversary.Occurrence> anniversaries) {
    }

    // --- the anniversary calendar

    @Transactional
    Anniversary addAnniversary(NewAnniversary input) {
        Problems problems = new Problems("anniversary");
        OrganizationRef org = scope.organizationForChange(problems, "organizationCode", input.organizationCode())
                .orElse(null);
        if (org != null) {
            scope.requireWritable(org);
            if (!org.existsOn(scope.today())) {
                problems.refuse("organizationCode", "org.parent.ended", org.name(),
                        VietnameseDates.format(org.endedOn()));
            } else if (store.anniversaryExists(org.id(), input.name(), input.day(), input.month())) {
                problems.refuse("name", "anniversary.duplicate", input.name(), input.day(), input.month());
            }
        }
        problems.throwIfAny();
        long id = store.insertAnniversary(org.id(), input.name(), input.day(), input.month(), input.sinceYear(), now(),
                user());
        audit.record("ANNIVERSARY_ADDED", "anniversary", String.valueOf(id), org.id(),
                "name=" + input.name() + "; day=" + input.day() + "/" + input.month() + "; since="
                        + input.sinceYear());
        return store.anniversary(id).orElseThrow();
    }

    /** The anniversaries kept by the organization: the national ones and those of it and its ancestors. */
    @Transactional(readOnly = true)
    List<Anniversary> anniversaries(OrganizationRef org) {
        return store.anniversariesOf(lineage(org.id()));
    }

    /** Each anniversary the organization keeps, on each day it falls from one day to another, the earliest first. */
    @Transactional(readOnly = true)
    List<Anniversary.Occurrence> calendar(OrganizationRef org, LocalDate from, LocalDate to) {
        return occurrences(anniversaries(org), from, to);
    }

    private static List<Anniversary.Occurrence> occurrences(List<Anniversary> anniversaries, LocalDate from,
            LocalDate to) {
        return anniversaries.stream().flatMap(a -> a.occurrences(from, to).stream())
                .sorted(Comparator.comparing(Anniversary.Occurrence::date)
                        .thenComparing(o -> o.anniversary().national() ? 0 : 1)
                        .thenComparing(o -> o.anniversary().id()))
                .toList();
    }

    /** The organization and its ancestors today (a local anniversary is kept by the whole subtree below it). */
    private List<Long> lineage(long organizationId) {
        List<Long> ids = new ArrayList<>();
        ids.add(organizationId);
        organizations.ancestorsOn(organizationId, scope.today()).forEach(o -> ids.add(o.id()));
        return ids;
    }

    // --- ceremonies

    @Transactional
    CeremonyRow plan(PlanCeremony input) {
        Problems problems = new Problems("ceremony");
        OrganizationRef host = scope.organizationForChange(problems, "organizationCode", input.organizationCode())
                .orElse(null);
        if (host != null) {
            scope.requireWritable(host);
            if (!host.existsOn(input.date())) {
                problems.refuse("organizationCode", "org.parent.ended", host.name(),
                        VietnameseDates.format(host.endedOn()));
            }
            if (input.anniversaryId() != null) {
                List<Long> lineage = lineage(host.id());
                boolean kept = store.anniversary(input.anniversaryId())
                        .filter(a -> a.national() || lineage.contains(a.organizationId())).isPresent();
                if (!kept) {
                    problems.refuse("anniversaryId", "ceremony.anniversary.unknown", input.anniversaryId());
                }
            }
        }
        problems.throwIfAny();
        long id = store.insertCeremony(host.id(), input.date(), input.place(), input.anniversaryId(), input.name(),
                now(), user());
        audit.record("CEREMONY_PLANNED", "ceremony", String.valueOf(id), host.id(),
                "date=" + VietnameseDates.format(input.date()) + "; place=" + input.place());
        return store.findById(id).orElseThrow();
    }

    /** The ceremony if its host lies in the user's scope; not found otherwise. */
    @Transactional(readOnly = true)
    CeremonyRow requireVisible(long id) {
        return store.findById(id).filter(c -> scope.canSee(c.organizationId()))
                .orElseThrow(() -> new NotFoundException("ceremony.notFound", String.valueOf(id)));
    }

    private CeremonyRow lockWritable(long id) {
        CeremonyRow ceremony = requireVisible(id);
        scope.requireWritable(organizations.findById(ceremony.organizationId()).orElseThrow());
        store.lock(id);
        return store.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    Detail detail(long id) {
        CeremonyRow ceremony = requireVisible(id);
        List<CeremonyRow.Entry> entries = store.entries(id);
        Map<Long, CeremonyDossier> dossiers = byId(admissions.ceremonyDossiers(
                entries.stream().map(CeremonyRow.Entry::dossierId).toList()));
        List<Line> lines = new ArrayList<>();
        for (CeremonyRow.Entry e : entries) {
            CeremonyDossier d = dossiers.get(e.dossierId());
            if (d != null) {
                lines.add(new Line(d, e.attendance(), e.absenceReason()));
            }
        }
        lines.sort(Comparator.comparing(l -> VietnameseOrder.personSortKey(l.dossier().fullName())));
        return new Detail(ceremony, lines);
    }

    /**
     * Adds decided dossiers to a planned ceremony, all or none: each must lie under the host, wait
     * for its ceremony, be in no other planned ceremony, have been decided by the ceremony's date,
     * and have a ceremony deadline on or after it.
     */
    @Transactional
    CeremonyRow addDossiers(long id, List<Long> dossierIds) {
        CeremonyRow ceremony = lockWritable(id);
        Problems problems = new Problems("ceremony");
        if (ceremony.status() != CeremonyRow.Status.PLANNED) {
            problems.refuse("dossierIds", "ceremony.notPlanned", Problems.term(ceremony.status().messageKey()));
            problems.throwIfAny();
        }
        LocalDate today = scope.today();
        Map<Long, CeremonyDossier> found = byId(admissions.ceremonyDossiers(dossierIds));
        Map<Long, CeremonyRow> planned = store.plannedCeremonyOf(dossierIds);
        List<RuleViolation> late = new ArrayList<>();
        for (int i = 0; i < dossierIds.size(); i++) {
            long dossierId = dossierIds.get(i);
            String field = "dossierIds[" + i + "]";
            CeremonyDossier d = found.get(dossierId);
            if (d == null || !organizations.isWithin(d.cellId(), ceremony.organizationId(), today)) {
                problems.refuse(field, "ceremony.dossier.unknown", dossierId, ceremony.organizationName());
            } else if (planned.containsKey(dossierId)) {
                CeremonyRow other = planned.get(dossierId);
                problems.refuse(field, other.id() == id ? "ceremony.dossier.alreadyHere" : "ceremony.dossier.planned",
                        d.fullName(), VietnameseDates.format(other.date()));
            } else if (!d.awaitingCeremony()) {
                problems.refuse(field, "ceremony.dossier.notAwaiting", d.fullName(),
                        Problems.term(d.state().messageKey()));
            } else if (ceremony.date().isBefore(d.decisionDate())) {
                problems.refuse(field, "ceremony.dossier.beforeDecision", d.fullName(),
                        VietnameseDates.format(d.decisionDate()));
            } else if (d.ceremonyDue() != null && d.ceremonyDue().isBefore(ceremony.date())) {
                late.add(new RuleViolation(d.ruleId(), "BLOCK", field, "ceremony.dossier.late",
                        List.of(d.fullName(), VietnameseDates.format(d.decisionDate()),
                                VietnameseDates.format(d.ceremonyDue()), VietnameseDates.format(ceremony.date())),
                        d.source()));
            }
        }
        problems.throwIfAny();
        if (!late.isEmpty()) {
            throw new RefusedByRulesException("ceremony", late);
        }
        OffsetDateTime now = now();
        dossierIds.forEach(d -> store.addEntry(id, d, now, user()));
        audit.record("CEREMONY_DOSSIERS_ADDED", "ceremony", String.valueOf(id), ceremony.organizationId(),
                "dossiers=" + dossierIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return store.findById(id).orElseThrow();
    }

    /**
     * Holds a planned ceremony whose day has come: records the ceremony step of every dossier
     * present (which makes each a probationary member from the ceremony's date) and leaves the
     * absent ones waiting, with their reasons — all or none.
     */
    @Transactional
    CeremonyRow hold(long id, Map<Long, String> absent) {
        CeremonyRow ceremony = lockWritable(id);
        Problems problems = new Problems("ceremony");
        if (ceremony.status() != CeremonyRow.Status.PLANNED) {
            problems.refuse("status", "ceremony.notPlanned", Problems.term(ceremony.status().messageKey()));
            problems.throwIfAny();
        }
        if (ceremony.date().isAfter(scope.today())) {
            problems.refuse("date", "ceremony.hold.future", VietnameseDates.format(ceremony.date()));
        }
        Set<Long> inCeremony = new LinkedHashSet<>();
        store.entries(id).forEach(e -> inCeremony.add(e.dossierId()));
        int i = 0;
        for (Long dossierId : absent.keySet()) {
            if (!inCeremony.contains(dossierId)) {
                problems.refuse("absent[" + i + "].dossierId", "ceremony.absent.notInCeremony", dossierId);
            }
            i++;
        }
        List<Long> present = inCeremony.stream().filter(d -> !absent.containsKey(d)).toList();
        if (present.isEmpty()) {
            problems.refuse("absent", "ceremony.hold.nobodyPresent");
        }
        Map<Long, CeremonyDossier> dossiers = byId(admissions.ceremonyDossiers(present));
        for (Long dossierId : present) {
            CeremonyDossier d = dossiers.get(dossierId);
            if (d == null) {
                problems.refuse("absent", "ceremony.dossier.unknown", dossierId, ceremony.organizationName());
            } else if (!d.awaitingCeremony()) {
                problems.refuse("absent", "ceremony.dossier.notAwaiting", d.fullName(),
                        Problems.term(d.state().messageKey()));
            }
        }
        problems.throwIfAny();
        StepData.Ceremony data = new StepData.Ceremony(null, null, ceremony.place(), ceremony.id());
        for (Long dossierId : present) {
            admissions.record(dossierId, RecordStep.of(StepCode.CEREMONY, ceremony.date(), data));
            store.setAttendance(id, dossierId, CeremonyRow.Attendance.PRESENT, null);
        }
        absent.forEach((dossierId, reason) -> store.setAttendance(id, dossierId, CeremonyRow.Attendance.ABSENT,
                reason));
        store.setStatus(id, CeremonyRow.Status.HELD, now(), user());
        audit.record("CEREMONY_HELD", "ceremony", String.valueOf(id), ceremony.organizationId(),
                "date=" + VietnameseDates.format(ceremony.date()) + "; present=" + present.size() + "; absent="
                        + absent.size());
        return store.findById(id).orElseThrow();
    }

    /** Takes a dossier out of a planned ceremony; it waits for another one. */
    @Transactional
    CeremonyRow removeDossier(long id, long dossierId) {
        CeremonyRow ceremony = lockWritable(id);
        Problems problems = new Problems("ceremony");
        if (ceremony.status() != CeremonyRow.Status.PLANNED) {
            problems.refuse("status", "ceremony.notPlanned", Problems.term(ceremony.status().messageKey()));
        } else if (store.entries(id).stream().noneMatch(e -> e.dossierId() == dossierId)) {
            problems.refuse("dossierId", "ceremony.absent.notInCeremony", dossierId);
        }
        problems.throwIfAny();
        store.removeEntry(id, dossierId);
        audit.record("CEREMONY_DOSSIER_REMOVED", "ceremony", String.valueOf(id), ceremony.organizationId(),
                "dossier=" + dossierId);
        return store.findById(id).orElseThrow();
    }

    /** Cancels a planned ceremony; its dossiers are free for another one. */
    @Transactional
    CeremonyRow cancel(long id) {
        CeremonyRow ceremony = lockWritable(id);
        if (ceremony.status() != CeremonyRow.Status.PLANNED) {
            new Problems("ceremony").refuse("status", "ceremony.notPlanned",
                    Problems.term(ceremony.status().messageKey())).throwIfAny();
        }
        store.setStatus(id, CeremonyRow.Status.CANCELLED, now(), user());
        audit.record("CEREMONY_CANCELLED", "ceremony", String.valueOf(id), ceremony.organizationId(),
                "date=" + VietnameseDates.format(ceremony.date()));
        return store.findById(id).orElseThrow();
    }

    /** Ceremonies hosted in the organization's subtree from one day to another, the earliest first. */
    @Transactional(readOnly = true)
    List<CeremonyRow> list(OrganizationRef org, LocalDate from, LocalDate to, CeremonyRow.Status status) {
        return store.hostedIn(subtree(org.id()), from, to, status, 1000);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Upcoming> upcoming(long organizationId, int limit) {
        LocalDate today = scope.today();
        return store.hostedIn(subtree(organizationId), today, today.plusYears(YEARS_AHEAD), CeremonyRow.Status.PLANNED,
                limit).stream()
                .map(c -> new Upcoming(c.id(), c.date(), c.name(), c.anniversaryName(), c.organizationName(),
                        c.place(), c.persons()))
                .toList();
    }

    /** The decided dossiers under the organization waiting for a ceremony, with what each can still make. */
    @Transactional(readOnly = true)
    List<Candidate> candidates(OrganizationRef org) {
        LocalDate today = scope.today();
        List<CeremonyDossier> waiting = admissions.awaitingCeremony(org.id());
        Map<Long, CeremonyRow> planned = store.plannedCeremonyOf(waiting.stream().map(CeremonyDossier::dossierId)
                .toList());
        Map<Long, List<Long>> lineages = new HashMap<>();
        Map<Long, List<Anniversary>> kept = new HashMap<>();
        List<Candidate> list = new ArrayList<>();
        for (CeremonyDossier d : waiting) {
            List<Long> lineage = lineages.computeIfAbsent(d.cellId(), this::lineage);
            LocalDate from = d.decisionDate() != null && d.decisionDate().isAfter(today) ? d.decisionDate() : today;
            LocalDate to = d.ceremonyDue();
            List<CeremonyRow> ceremonies = to == null ? List.of()
                    : store.plannedBy(lineage, from, to).stream().filter(c -> scope.canSee(c.organizationId()))
                            .toList();
            List<Anniversary.Occurrence> anniversaries = to == null || to.isBefore(from) ? List.of()
                    : occurrences(kept.computeIfAbsent(d.cellId(), cell -> store.anniversariesOf(lineage)), from, to);
            list.add(new Candidate(d, planned.get(d.dossierId()), ceremonies, anniversaries));
        }
        return list;
    }

    private SubtreeSql subtree(long organizationId) {
        return SubtreeSql.of(List.of(organizationId), Structure.CURRENT, scope.today());
    }

    private static Map<Long, CeremonyDossier> byId(List<CeremonyDossier> dossiers) {
        return dossiers.stream().collect(Collectors.toMap(CeremonyDossier::dossierId, Function.identity()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
