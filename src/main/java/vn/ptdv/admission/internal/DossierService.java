package vn.ptdv.admission.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepInput;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.admission.internal.rules.RuleContext;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.calendar.WorkingDays;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.prospect.Pool;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.RuleViolation;
import vn.ptdv.training.Certificates;

/**
 * Use cases of the admission dossier: open one, record a step (judged by the rules in force on
 * its date), correct a recorded step with a reason, stop and reopen. The dossier's state is
 * derived from its steps after each change, never set.
 */
@Service
class DossierService {
    private final DossierStore store;
    private final People people;
    private final Members members;
    private final MemberRegistry registry;
    private final Certificates certificates;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final WorkingDays workingDays;
    private final AdmissionSettings settings;
    private final Pool pool;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    DossierService(DossierStore store, People people, Members members, MemberRegistry registry,
            Certificates certificates, OrganizationDirectory organizations, AccessScope scope, WorkingDays workingDays,
            AdmissionSettings settings, Pool pool, AuditLog audit, Messages messages, Clock clock) {
        this.store = store;
        this.people = people;
        this.members = members;
        this.registry = registry;
        this.certificates = certificates;
        this.organizations = organizations;
        this.scope = scope;
        this.workingDays = workingDays;
        this.settings = settings;
        this.pool = pool;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A dossier with its history and the bodies it passes, loaded for judging or showing. */
    record Loaded(DossierRow row, Dossier dossier, AdmissionChain chain, PersonRef person) {
    }

    @Transactional
    DossierRow open(Long personId, String cellCode) {
        LocalDate today = scope.today();
        Problems problems = new Problems("dossier");
        PersonRef person = null;
        if (personId == null) {
            problems.malformed("personId", "validation.required");
        } else {
            person = people.findVisible(personId).orElse(null);
            if (person == null) {
                problems.refuse("personId", "person.notFound", personId);
            }
        }
        OrganizationRef cell = null;
        String code = problems.required("cellCode", cellCode);
        if (code != null) {
            cell = organizations.findByCode(code).filter(o -> scope.canSee(o.id())).orElse(null);
            if (cell == null) {
                problems.refuse("cellCode", "org.parent.unknown", code);
            } else {
                scope.requireWritable(cell);
                if (!cell.type().isCell()) {
                    problems.refuse("cellCode", "dossier.cell.notCell", cell.name());
                } else if (!cell.existsOn(today)) {
                    problems.refuse("cellCode", "org.parent.ended", cell.name(), VietnameseDates.format(cell.endedOn()));
                } else if (organizations.admissionChain(cell.id(), today).isEmpty()) {
                    problems.refuse("cellCode", "dossier.cell.noGrassroots", cell.name());
                }
            }
        }
        if (person != null) {
            if (members.isMember(person.id(), today)) {
                problems.refuse("personId", "dossier.person.isMember", person.fullName());
            }
            PersonRef applicant = person;
            store.openOf(person.id()).ifPresent(open -> problems.refuse("personId", "dossier.person.hasOpen",
                    applicant.fullName(), open.cellName()));
        }
        problems.throwIfAny();
        long id = store.insert(person.id(), cell.id(), today, DossierState.PREPARING, now(), user());
        refresh(id);
        audit.record("DOSSIER_OPENED", "dossier", String.valueOf(id), cell.id(),
                "name=" + person.fullName() + "; organization=" + cell.code());
        return store.findById(id).orElseThrow();
    }

    @Transactional
    DossierRow record(long id, StepInput input, DateInput dateInput) {
        Loaded loaded = lockAndLoad(id);
        Problems problems = new Problems("dossier");
        StepCode step = StepParser.step(problems, input.step());
        problems.throwIfAny();
        requireOwner(loaded, step);
        StepParser.Parsed parsed = StepParser.parse(step, input, dateInput, scope.today(), problems);
        StepData data = completed(loaded, parsed, problems);
        problems.throwIfAny();
        if (step == StepCode.REOPENED) {
            store.openOf(loaded.row().personId()).filter(other -> other.id() != id).ifPresent(other -> problems
                    .refuse("step", "dossier.person.hasOpen", loaded.row().fullName(), other.cellName()));
            problems.throwIfAny();
        }
        List<RecordedWarning> warnings = judge(loaded, loaded.dossier(), parsed, data);
        Long memberId = loaded.row().memberId();
        switch (step) {
            case APPLICATION -> pool.applied(loaded.row().personId(), parsed.date());
            case CEREMONY -> memberId = registry.admit(loaded.row().personId(), loaded.row().cellCode(),
                    loaded.dossier().latest(StepCode.ADMISSION_DECISION).orElseThrow().date(), parsed.date());
            case RECOGNITION_DECISION -> registry.recognize(memberId, loaded.dossier().probationEnd().orElseThrow());
            case REMOVAL -> registry.move(new RecordMovement(memberId, MovementType.REMOVAL, parsed.date(), null, null,
                    null, null));
            default -> {
            }
        }
        long stepId = store.insertStep(id, step, parsed.date(), data, parsed.note(), warnings, null, now(), user());
        derive(loaded, memberId);
        audit.record("DOSSIER_STEP", "dossier", String.valueOf(id), loaded.row().cellId(),
                "name=" + loaded.row().fullName() + "; step=" + step + "; date="
                        + VietnameseDates.format(parsed.date()) + "; record=" + stepId);
        return store.findById(id).orElseThrow();
    }

    @Transactional
    DossierRow correct(long id, long stepId, StepInput input, DateInput dateInput) {
        Loaded loaded = lockAndLoad(id);
        StepRecord original = loaded.dossier().history().stream().filter(r -> r.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.step.notFound", String.valueOf(stepId)));
        Problems problems = new Problems("dossier");
        if (!original.current()) {
            problems.refuse("step", "dossier.correction.superseded");
        }
        if (original.step() == StepCode.STOPPED || original.step() == StepCode.REOPENED) {
            problems.refuse("step", "dossier.correction.notForStop");
        }
        if (Problems.optional(input.step()) != null && !original.step().name().equals(input.step().strip())) {
            problems.malformed("step", "dossier.correction.otherStep", Problems.term(original.step().messageKey()));
        }
        String reason = problems.maxLength("correctionReason",
                problems.required("correctionReason", input.correctionReason()), StepParser.MAX_TEXT);
        problems.throwIfAny();
        requireOwner(loaded, original.step());
        StepParser.Parsed parsed = StepParser.parse(original.step(), input, dateInput, scope.today(), problems);
        StepData data = completed(loaded, parsed, problems);
        boolean dateChanged = !parsed.date().equals(original.date());
        if (dateChanged && original.step() == StepCode.REMOVAL) {
            problems.refuse("date", "dossier.correction.removalDate");
        }
        problems.throwIfAny();
        Dossier without = loaded.dossier().without(stepId);
        List<RecordedWarning> warnings = judge(loaded, without, parsed, data);
        if (dateChanged && original.step() == StepCode.CEREMONY && loaded.row().memberId() != null) {
            registry.correctAdmission(loaded.row().memberId(), parsed.date());
        }
        long newId = store.insertStep(id, original.step(), parsed.date(), data, parsed.note(), warnings, reason, now(),
                user());
        store.supersede(stepId, newId);
        derive(loaded, loaded.row().memberId());
        audit.record("DOSSIER_STEP_CORRECTED", "dossier", String.valueOf(id), loaded.row().cellId(),
                "name=" + loaded.row().fullName() + "; step=" + original.step() + "; date="
                        + VietnameseDates.format(original.date()) + " -> " + VietnameseDates.format(parsed.date())
                        + "; record=" + stepId + " -> " + newId);
        return store.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    DossierRow requireVisible(long id) {
        return store.findById(id).filter(d -> scope.canSee(d.cellId()))
                .orElseThrow(() -> new NotFoundException("dossier.notFound", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    Loaded load(long id) {
        DossierRow row = requireVisible(id);
        return load(row);
    }

    private Loaded load(DossierRow row) {
        LocalDate today = scope.today();
        AdmissionChain chain = organizations.admissionChain(row.cellId(), today)
                .or(() -> organizations.admissionChain(row.cellId(), lastDay(row)))
                .orElseThrow(() -> new IllegalStateException("The cell of dossier " + row.id() + " has no grassroots"));
        Dossier dossier = new Dossier(row.id(), row.personId(), row.cellId(), chain.grassrootsCell(),
                chain.partialCommittee().isPresent(), store.steps(row.id()));
        return new Loaded(row, dossier, chain, people.byId(row.personId()).orElseThrow());
    }

    /** The last day the cell existed, for a dossier of a cell that has ceased. */
    private LocalDate lastDay(DossierRow row) {
        return organizations.findById(row.cellId()).map(OrganizationRef::endedOn).filter(Objects::nonNull)
                .map(d -> d.minusDays(1)).orElse(scope.today());
    }

    private Loaded lockAndLoad(long id) {
        requireVisible(id);
        store.lock(id);
        return load(store.findById(id).orElseThrow());
    }

    /** The body that owns the step: the cell, its partial committee, the grassroots committee, or the authority. */
    OrganizationRef ownerOf(AdmissionChain chain, StepCode step) {
        return switch (step) {
            case PARTIAL_COMMITTEE_REVIEW -> chain.partialCommittee().orElse(chain.grassroots());
            case BACKGROUND_CHECK, COMMITTEE_RESOLUTION, RECOGNITION_COMMITTEE_RESOLUTION -> chain.grassroots();
            case ADMISSION_DECISION, ADMISSION_REFUSED, RECOGNITION_DECISION, REMOVAL -> chain.authority();
            default -> chain.cell();
        };
    }

    /**
     * Of the steps given, those the signed-in user records: a writer in the scope of the cell and
     * of the body that owns the step (each body's scope asked once).
     */
    List<StepCode> recordableBy(Loaded loaded, List<StepCode> steps) {
        OrganizationRef cell = loaded.chain().cell();
        if (!scope.canSee(cell.id()) || !scope.user().role().canWrite()) {
            return List.of();
        }
        boolean forCommittee = scope.user().role().canActForCommittee();
        Map<Long, Boolean> visible = new HashMap<>();
        return steps.stream().filter(step -> {
            OrganizationRef owner = ownerOf(loaded.chain(), step);
            return visible.computeIfAbsent(owner.id(), scope::canSee)
                    && (forCommittee || !committeeStep(owner, cell, step));
        }).toList();
    }

    private void requireOwner(Loaded loaded, StepCode step) {
        OrganizationRef owner = ownerOf(loaded.chain(), step);
        OrganizationRef cell = loaded.chain().cell();
        scope.requireWritable(cell);
        if (!scope.canSee(owner.id())) {
            throw new ForbiddenException("dossier.forbidden.owner", Problems.term(step.messageKey()), owner.name());
        }
        if (committeeStep(owner, cell, step) && !scope.user().role().canActForCommittee()) {
            throw new ForbiddenException("dossier.forbidden.role", Problems.term(step.messageKey()), owner.name());
        }
    }

    /** A step a party committee records: one owned above the cell, or a decision of the authority. */
    private static boolean committeeStep(OrganizationRef owner, OrganizationRef cell, StepCode step) {
        return owner.id() != cell.id() || step == StepCode.ADMISSION_DECISION || step == StepCode.ADMISSION_REFUSED
                || step == StepCode.RECOGNITION_DECISION || step == StepCode.REMOVAL;
    }

    /** The step's data with what the dossier determines: the issuing authority of a decision. */
    private StepData completed(Loaded loaded, StepParser.Parsed parsed, Problems problems) {
        StepData data = parsed.data();
        StepCode step = parsed.step();
        if (StepParser.fieldsOf(step).contains("issuerCode")) {
            OrganizationRef authority = loaded.chain().authority();
            if (data.issuerCode() != null && !data.issuerCode().equals(authority.code())) {
                problems.refuse("issuerCode", "dossier.issuer.notAuthority", data.issuerCode(), authority.name());
            }
            data = data.withIssuerCode(authority.code());
        }
        LocalDate received = data.decisionReceivedOn();
        if (step == StepCode.CEREMONY && received != null) {
            loaded.dossier().latest(StepCode.ADMISSION_DECISION)
                    .filter(decision -> received.isBefore(decision.date()))
                    .ifPresent(decision -> problems.refuse("decisionReceivedOn", "dossier.received.beforeDecision",
                            VietnameseDates.format(decision.date())));
        }
        return data;
    }

    /** Judges the step by the rules in force on its date: refuses it when a rule blocks, else returns its warnings. */
    private List<RecordedWarning> judge(Loaded loaded, Dossier dossier, StepParser.Parsed parsed, StepData data) {
        List<Violation> violations = RuleBook.judge(new RuleContext(dossier, parsed.step(), parsed.date(), data,
                facts(loaded)));
        if (violations.stream().anyMatch(v -> v.severity() == Violation.Severity.BLOCK)) {
            throw new RefusedByRulesException("dossier", violations.stream()
                    .map(v -> new RuleViolation(v.ruleId(), v.severity().name(), v.field(), v.messageKey(), v.args(),
                            v.sourceKey()))
                    .toList());
        }
        return violations.stream()
                .map(v -> new RecordedWarning(v.ruleId(), messages.text(v.messageKey(), v.args().toArray()),
                        v.sourceKey()))
                .toList();
    }

    DossierFacts facts(Loaded loaded) {
        return new DossierFacts(loaded.person(), loaded.row().cellId(), members, certificates, organizations,
                workingDays, settings);
    }

    /** Derives the state, the next step and the watch dates from the steps again. */
    @Transactional
    void refresh(long id) {
        DossierRow row = store.findById(id).orElseThrow();
        derive(load(row), row.memberId());
    }

    /** Derives again from the steps as stored now, with the bodies and the person already loaded. */
    private void derive(Loaded before, Long memberId) {
        DossierRow row = before.row();
        Dossier dossier = new Dossier(row.id(), row.personId(), row.cellId(), before.chain().grassrootsCell(),
                before.chain().partialCommittee().isPresent(), store.steps(row.id()));
        Loaded loaded = new Loaded(row, dossier, before.chain(), before.person());
        LocalDate today = scope.today();
        Schedule.Plan plan = Schedule.plan(dossier, row.openedOn(), certificates.validOn(row.personId(), today),
                facts(loaded));
        store.updateDerived(row.id(), row.personId(), new DossierStore.Derived(plan.state(), plan.nextStep(),
                plan.dueDate(), plan.decisionDate(), plan.ceremonyDate(), plan.probationEnd(), plan.papersExpireOn(),
                plan.certificateExpiresOn(), plan.attentionOn(), memberId), now(), user());
    }

    /** A new certificate changes the watch dates of the person's dossiers still gathering papers. */
    @Transactional
    void certificateIssued(long personId) {
        store.preparingOf(personId).forEach(this::refresh);
    }

    /** A changed schedule of days off moves the deadlines that fall in that year or later. */
    @Transactional
    void scheduleChanged(int year) {
        store.openDueFrom(LocalDate.of(year, 1, 1)).forEach(this::refresh);
    }

    /** The person's dossiers that the user's scope covers, latest first. */
    @Transactional(readOnly = true)
    List<DossierRow> ofPerson(long personId) {
        return store.ofPerson(personId).stream().filter(d -> scope.canSee(d.cellId())).toList();
    }

    Optional<DossierRow> openOf(long personId) {
        return store.openOf(personId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
