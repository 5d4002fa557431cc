package vn.ptdv.admission.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.DossierPapers;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.DossierForms.AnswerWarning;
import vn.ptdv.admission.internal.DossierForms.CorrectStep;
import vn.ptdv.admission.internal.DossierForms.OpenDossier;
import vn.ptdv.admission.internal.rules.Citation;
import vn.ptdv.admission.internal.rules.Rule;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.admission.internal.rules.RuleContext;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.calendar.WorkingDays;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.prospect.Pool;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.RuleViolation;
import vn.ptdv.training.Certificates;

/**
 * Use cases of the admission dossier: open one, record a step (judged by the rules in force on
 * its date, by the bodies that had the power on that date), correct a recorded step with a
 * reason, answer a warning, stop and reopen. The dossier's state is derived from its steps by
 * the procedure's table after each change, never set.
 */
@Service
class DossierService implements Admissions {
    private final DossierStore store;
    private final People people;
    private final Members members;
    private final MemberRegistry registry;
    private final Certificates certificates;
    private final OrganizationDirectory organizations;
    private final Owners owners;
    private final AccessScope scope;
    private final WorkingDays workingDays;
    private final RuleBook rules;
    private final Pool pool;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    DossierService(DossierStore store, People people, Members members, MemberRegistry registry,
            Certificates certificates, OrganizationDirectory organizations, AccessScope scope, WorkingDays workingDays,
            RuleBook rules, Pool pool, AuditLog audit, Messages messages, Clock clock) {
        this.store = store;
        this.people = people;
        this.members = members;
        this.registry = registry;
        this.certificates = certificates;
        this.organizations = organizations;
        this.owners = new Owners(organizations);
        this.scope = scope;
        this.workingDays = workingDays;
        this.rules = rules;
        this.pool = pool;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A dossier with its history and the bodies it passes today (or on the last day of a cell
     * that has ceased), loaded for judging or showing; {@code chains} keeps the bodies of each
     * date asked while the dossier is judged or shown.
     */
    record Loaded(DossierRow row, Dossier dossier, AdmissionChain chain, PersonRef person,
            Map<LocalDate, Optional<AdmissionChain>> chains) {

        Loaded with(Dossier other) {
            return new Loaded(row, other, chain, person, chains);
        }
    }

    @Transactional
    @Override
    public long open(long personId, String cellCode) {
        return open(new OpenDossier(personId, null, cellCode)).id();
    }

    @Transactional
    DossierRow open(OpenDossier input) {
        LocalDate today = scope.today();
        Problems problems = new Problems("dossier");
        PersonRef person = null;
        if (input.personId() != null) {
            person = people.forChange(problems, "personId", input.personId()).orElse(null);
        } else {
            person = people.forChangeByNationalId(problems, "nationalId", input.nationalId()).orElse(null);
        }
        OrganizationRef cell = scope.organizationForChange(problems, "cellCode", input.cellCode()).orElse(null);
        if (cell != null) {
            if (!cell.type().isCell()) {
                problems.refuse("cellCode", "dossier.cell.notCell", cell.name());
            } else if (!cell.existsOn(today)) {
                problems.refuse("cellCode", "org.parent.ended", cell.name(), VietnameseDates.format(cell.endedOn()));
            } else if (owners.chainOn(cell.id(), today).isEmpty()) {
                problems.refuse("cellCode", "dossier.cell.noGrassroots", cell.name());
            }
        }
        if (person != null) {
            if (members.isMember(person.id(), today)) {
                problems.refuse("personId", "dossier.person.isMember", person.fullName());
            }
            PersonRef applicant = person;
            store.openOf(person.id()).ifPresent(open -> problems.refuse("personId", "dossier.person.hasOpen",
                    applicant.fullName(), cellNameIfVisible(open)));
        }
        problems.throwIfAny();
        long id = store.insert(person.id(), cell.id(), today, DossierState.PREPARING, now(), user());
        refresh(id);
        audit.record("DOSSIER_OPENED", "dossier", String.valueOf(id), cell.id(),
                "person=" + person.id() + "; organization=" + cell.code());
        return store.findById(id).orElseThrow();
    }

    @Transactional
    @Override
    public void record(long dossierId, RecordStep step) {
        recordChecked(dossierId, step);
    }

    @Transactional
    DossierRow recordChecked(long id, RecordStep input) {
        Loaded loaded = lockAndLoad(id);
        StepCode step = input.step();
        requireOwner(loaded, step, input.date());
        Problems problems = new Problems("dossier");
        checkDates(problems, loaded.dossier(), input);
        if (step == StepCode.REOPENED) {
            store.openOf(loaded.row().personId()).filter(other -> other.id() != id).ifPresent(other -> problems
                    .refuse("step", "dossier.person.hasOpen", loaded.row().fullName(), cellNameIfVisible(other)));
        }
        problems.throwIfAny();
        StepData data = issued(loaded, step, input.date(), input.data());
        List<RecordedWarning> warnings = judge(loaded, loaded.dossier(), step, input.date(), data);
        Long memberId = loaded.row().memberId();
        switch (Procedure.step(step).effect()) {
            case APPLIED_FROM_POOL -> pool.applied(loaded.row().personId(), input.date());
            case MEMBER_ADMITTED -> memberId = registry.admit(loaded.row().personId(), loaded.row().cellCode(),
                    loaded.dossier().latest(StepCode.ADMISSION_DECISION).orElseThrow().date(), input.date());
            case MEMBER_RECOGNIZED -> registry.recognize(memberId, loaded.dossier().probationEnd().orElseThrow());
            case MEMBER_REMOVED -> registry.move(new RecordMovement(memberId, MovementType.REMOVAL, input.date(), null,
                    null, null, null));
            case NONE -> {
            }
        }
        long stepId = store.insertStep(id, step, input.date(), data, input.note(), warnings, null, now(), user());
        derive(loaded, memberId);
        audit.record("DOSSIER_STEP", "dossier", String.valueOf(id), loaded.row().cellId(),
                "person=" + loaded.row().personId() + "; step=" + step + "; date="
                        + VietnameseDates.format(input.date()) + "; record=" + stepId);
        return store.findById(id).orElseThrow();
    }

    @Transactional
    DossierRow correct(long id, CorrectStep input) {
        Loaded loaded = lockAndLoad(id);
        StepRecord original = record(loaded, input.stepId());
        RecordStep corrected = input.step();
        Problems problems = new Problems("dossier");
        if (!original.current()) {
            problems.refuse("step", "dossier.correction.superseded");
        }
        if (original.step() == StepCode.STOPPED || original.step() == StepCode.REOPENED) {
            problems.refuse("step", "dossier.correction.notForStop");
        }
        problems.throwIfAny();
        requireOwner(loaded, original.step(), corrected.date());
        Dossier without = loaded.dossier().without(original.id());
        checkDates(problems, without, corrected);
        boolean dateChanged = !corrected.date().equals(original.date());
        if (dateChanged && original.step() == StepCode.REMOVAL) {
            problems.refuse("date", "dossier.correction.removalDate");
        }
        problems.throwIfAny();
        // A correction names the body that had the power on the corrected step's date.
        StepData data = issued(loaded, original.step(), corrected.date(), corrected.data());
        List<RecordedWarning> warnings = judge(loaded, without, original.step(), corrected.date(), data);
        if (dateChanged && original.step() == StepCode.ADMISSION_DECISION && loaded.row().memberId() != null) {
            // The member made at the ceremony is the same admission: it carries the decision's date.
            registry.correctDecision(loaded.row().memberId(), corrected.date());
        }
        if (dateChanged && original.step() == StepCode.CEREMONY && loaded.row().memberId() != null) {
            registry.correctAdmission(loaded.row().memberId(), corrected.date());
        }
        long newId = store.insertStep(id, original.step(), corrected.date(), data, corrected.note(), warnings,
                input.reason(), now(), user());
        store.supersede(original.id(), newId);
        derive(loaded, loaded.row().memberId());
        audit.record("DOSSIER_STEP_CORRECTED", "dossier", String.valueOf(id), loaded.row().cellId(),
                "person=" + loaded.row().personId() + "; step=" + original.step() + "; date="
                        + VietnameseDates.format(original.date()) + " -> " + VietnameseDates.format(corrected.date())
                        + "; record=" + original.id() + " -> " + newId);
        return store.findById(id).orElseThrow();
    }

    /** Records the user's answer to a warning about facts ptdv checked against its own records. */
    @Transactional
    DossierRow answer(long id, AnswerWarning input) {
        Loaded loaded = lockAndLoad(id);
        scope.requireWritable(loaded.chain().cell());
        StepRecord record = record(loaded, input.stepId());
        Problems problems = new Problems("dossier");
        boolean answerable = record.current() && rules.rule(input.ruleId()).map(Rule::answerable).orElse(false)
                && record.warnings().stream().anyMatch(w -> w.ruleId().equals(input.ruleId()));
        if (!answerable) {
            problems.refuse("ruleId", "dossier.answer.notAnswerable", input.ruleId());
        }
        problems.throwIfAny();
        OffsetDateTime now = now();
        List<RecordedWarning> warnings = record.warnings().stream()
                .map(w -> w.ruleId().equals(input.ruleId()) ? w.answered(input.answer(), user(), now) : w).toList();
        store.updateWarnings(record.id(), warnings);
        store.touch(id, now, user());
        audit.record("DOSSIER_WARNING_ANSWERED", "dossier", String.valueOf(id), loaded.row().cellId(),
                "person=" + loaded.row().personId() + "; step=" + record.step() + "; rule=" + input.ruleId()
                        + "; record=" + record.id());
        return store.findById(id).orElseThrow();
    }

    /** Where another dossier is made: its cell when the user sees it, else only that it is another cell's. */
    private Object cellNameIfVisible(DossierRow other) {
        return scope.canSee(other.cellId()) ? other.cellName() : Problems.term("dossier.person.otherCell");
    }

    private static StepRecord record(Loaded loaded, long stepId) {
        return loaded.dossier().history().stream().filter(r -> r.id() == stepId).findFirst()
                .orElseThrow(() -> new NotFoundException("dossier.step.notFound", String.valueOf(stepId)));
    }

    /** The dates of the step against today and against each other (what needs no rule of the regulation). */
    private void checkDates(Problems problems, Dossier dossier, RecordStep input) {
        LocalDate date = input.date();
        if (date.isAfter(scope.today())) {
            problems.refuse("date", "validation.future", VietnameseDates.format(date));
        }
        StepData data = input.data();
        if (data instanceof StepData.Introduction introduction) {
            for (int i = 0; i < introduction.introducers().size(); i++) {
                long memberId = introduction.introducers().get(i).memberId();
                scope.forChange(problems, "introducers[" + i + "].memberId", memberId, members.onDate(memberId, date),
                        Members.MemberRef::organizationId);
                LocalDate since = introduction.introducers().get(i).knownSince();
                if (since.isAfter(date)) {
                    problems.refuse("introducers[" + i + "].knownSince", "dossier.knownSince.afterStep",
                            VietnameseDates.format(date));
                }
            }
            if (introduction.union() != null && introduction.union().resolutionDate().isAfter(date)) {
                problems.refuse("union.resolutionDate", "dossier.union.afterStep", VietnameseDates.format(date));
            }
        }
        if (data instanceof StepData.Vote vote) {
            if (vote.votesFor() > vote.entitled()) {
                problems.refuse("votesFor", "dossier.votes.moreThanEntitled", vote.votesFor(), vote.entitled());
            } else if (vote.votesAgainst() != null && vote.votesFor() + vote.votesAgainst() > vote.entitled()) {
                problems.refuse("votesAgainst", "dossier.votes.sumMoreThanEntitled",
                        vote.votesFor() + vote.votesAgainst(), vote.entitled());
            }
        }
        if (data instanceof StepData.Ceremony ceremony && ceremony.decisionReceivedOn() != null) {
            LocalDate received = ceremony.decisionReceivedOn();
            if (received.isAfter(date)) {
                problems.refuse("decisionReceivedOn", "dossier.received.afterCeremony", VietnameseDates.format(date));
            }
            dossier.latest(StepCode.ADMISSION_DECISION).filter(decision -> received.isBefore(decision.date()))
                    .ifPresent(decision -> problems.refuse("decisionReceivedOn", "dossier.received.beforeDecision",
                            VietnameseDates.format(decision.date())));
        }
    }

    /** A decision's data names its issuer: the one given (checked by R-AUTHORITY), else the body with the power on its date. */
    private StepData issued(Loaded loaded, StepCode step, LocalDate date, StepData data) {
        if (data instanceof StepData.Issued issued && issued.issuerCode() == null) {
            return ownerOn(loaded, kindOn(loaded, step, date), step, date).map(o -> issued.issuedBy(o.code()))
                    .orElse(data);
        }
        return data;
    }

    @Transactional(readOnly = true)
    DossierRow requireVisible(long id) {
        return store.findById(id).filter(d -> scope.canSee(d.cellId()))
                .orElseThrow(() -> new NotFoundException("dossier.notFound", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    Loaded load(long id) {
        return load(requireVisible(id));
    }

    private Loaded load(DossierRow row) {
        LocalDate today = scope.today();
        AdmissionChain chain = owners.chainOn(row.cellId(), today)
                .or(() -> owners.chainOn(row.cellId(), lastDay(row)))
                .orElseThrow(() -> new IllegalStateException("The cell of dossier " + row.id() + " has no grassroots"));
        PersonRef person = people.byId(row.personId()).orElseThrow();
        List<StepRecord> steps = store.steps(row.id());
        Dossier bare = new Dossier(row.id(), row.personId(), row.cellId(), DossierKind.of(chain.grassrootsCell(),
                chain.partialCommittee().isPresent()), steps);
        Loaded loaded = new Loaded(row, bare, chain, person, new HashMap<>());
        LocalDate asOf = bare.proposedOn().orElse(today);
        return loaded.with(bare.as(kindOn(loaded, null, asOf)));
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

    /**
     * The kind of the dossier for a step on a date: where the cell stood when it proposed the
     * admission (or on the date, before it voted), whether the applicant left the Party before
     * the dossier was opened, whether they are over the maximum age on the day of the cell's vote.
     */
    DossierKind kindOn(Loaded loaded, StepCode step, LocalDate date) {
        Dossier dossier = loaded.dossier();
        LocalDate voteDay = step == StepCode.CELL_RESOLUTION ? date : dossier.proposedOn().orElse(date);
        AdmissionChain chain = chainOn(loaded, voteDay).orElse(loaded.chain());
        boolean readmission = members.lastEnded(loaded.person().id())
                .filter(e -> e.endedOn() != null && !e.endedOn().isAfter(loaded.row().openedOn()))
                .filter(e -> e.reason() == MovementType.REMOVAL || e.reason() == MovementType.EXPULSION
                        || e.reason() == MovementType.LEAVE)
                .isPresent();
        boolean over60 = loaded.person().birthDate() != null
                && !voteDay.isBefore(rules.tooOldFrom(loaded.person().birthDate(), voteDay));
        return new DossierKind(chain.grassrootsCell(), chain.partialCommittee().isPresent(), chain.delegated(),
                readmission, over60);
    }

    /** The body that owns the step on the date, on the tree of that date (today's bodies if the cell had none then). */
    Optional<OrganizationRef> ownerOn(Loaded loaded, DossierKind kind, StepCode step, LocalDate date) {
        return chainOn(loaded, date).flatMap(chain -> owners.owner(chain, kind, step, date))
                .or(() -> owners.owner(loaded.chain(), kind, step, date));
    }

    /** The bodies the dossier's cell passed on the date, asked once per date while the dossier is loaded. */
    private Optional<AdmissionChain> chainOn(Loaded loaded, LocalDate date) {
        return loaded.chains().computeIfAbsent(date, d -> owners.chainOn(loaded.row().cellId(), d));
    }

    /** The body that owns the step if it were recorded today. */
    OrganizationRef ownerToday(Loaded loaded, StepCode step) {
        LocalDate today = scope.today();
        return ownerOn(loaded, loaded.dossier().kind(), step, today).orElse(loaded.chain().cell());
    }

    /**
     * Of the steps given, those the signed-in user records today: a writer in the scope of the
     * cell and of the body that owns the step (each body's scope asked once).
     */
    List<StepCode> recordableBy(Loaded loaded, List<StepCode> steps) {
        OrganizationRef cell = loaded.chain().cell();
        if (!scope.canSee(cell.id()) || !scope.user().role().canWrite()) {
            return List.of();
        }
        boolean forCommittee = scope.user().role().canActForCommittee();
        Map<Long, Boolean> visible = new HashMap<>();
        return steps.stream().filter(step -> {
            OrganizationRef owner = ownerToday(loaded, step);
            return visible.computeIfAbsent(owner.id(), scope::canSee)
                    && (forCommittee || !committeeStep(owner, cell, step));
        }).toList();
    }

    private void requireOwner(Loaded loaded, StepCode step, LocalDate date) {
        OrganizationRef cell = loaded.chain().cell();
        scope.requireWritable(cell);
        OrganizationRef owner = ownerOn(loaded, kindOn(loaded, step, date), step, date).orElse(cell);
        if (!scope.canSee(owner.id())) {
            throw new ForbiddenException("dossier.forbidden.owner", Problems.term(step.messageKey()), owner.name());
        }
        if (committeeStep(owner, cell, step) && !scope.user().role().canActForCommittee()) {
            throw new ForbiddenException("dossier.forbidden.role", Problems.term(step.messageKey()), owner.name());
        }
    }

    /** A step a party committee records: one owned above the cell, or a decision of an authority. */
    private static boolean committeeStep(OrganizationRef owner, OrganizationRef cell, StepCode step) {
        return owner.id() != cell.id() || Procedure.step(step).byAuthority();
    }

    /**
     * Judges the step by the rules in force on its date, the dossier seen as of the kind of that
     * date: refuses it when a rule blocks, else returns its warnings as they are stored.
     */
    private List<RecordedWarning> judge(Loaded loaded, Dossier dossier, StepCode step, LocalDate date, StepData data) {
        DossierKind kind = kindOn(loaded, step, date);
        List<Violation> violations = rules.judge(new RuleContext(dossier.as(kind), step, date, data,
                facts(loaded, kind)));
        if (violations.stream().anyMatch(v -> v.severity() == Violation.Severity.BLOCK)) {
            throw new RefusedByRulesException("dossier", violations.stream()
                    .map(v -> new RuleViolation(v.ruleId(), v.severity().name(), v.field(), v.messageKey(), v.args(),
                            source(v.citations())))
                    .toList());
        }
        return violations.stream()
                .map(v -> RecordedWarning.of(v.ruleId(), messages.text(v.messageKey(), v.args().toArray()),
                        source(v.citations())))
                .toList();
    }

    /** The documents and articles cited, as a user reads them. */
    String source(List<Citation> citations) {
        return Citation.text(citations, messages::text);
    }

    DossierFacts facts(Loaded loaded, DossierKind kind) {
        long id = loaded.row().id();
        long personId = loaded.row().personId();
        return new DossierFacts(loaded.person(), loaded.row().cellId(), members, certificates, organizations,
                (step, date) -> ownerOn(loaded, kind, step, date), workingDays, () -> readmittedBefore(id, personId));
    }

    DossierFacts facts(Loaded loaded) {
        return facts(loaded, loaded.dossier().kind());
    }

    /** Whether another dossier of the person in ptdv re-admitted them (its cell's vote records a re-admission). */
    private boolean readmittedBefore(long dossierId, long personId) {
        return store.ofPerson(personId).stream().filter(d -> d.id() != dossierId && d.ceremonyDate() != null)
                .anyMatch(d -> store.steps(d.id()).stream().anyMatch(r -> r.current()
                        && r.data() instanceof StepData.ProposalVote vote && vote.readmission() != null));
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
        Dossier stored = new Dossier(row.id(), row.personId(), row.cellId(), before.dossier().kind(),
                store.steps(row.id()));
        Loaded loaded = before.with(stored);
        Dossier dossier = stored.as(kindOn(loaded, null, stored.proposedOn().orElse(scope.today())));
        loaded = loaded.with(dossier);
        LocalDate today = scope.today();
        Schedule.Plan plan = Schedule.plan(dossier, row.openedOn(), certificates.validOn(row.personId(), today),
                facts(loaded), rules);
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

    @Transactional(readOnly = true)
    @Override
    public long overdue(long organizationId) {
        return store.overdueCount(organizationId, scope.today());
    }

    @Transactional(readOnly = true)
    @Override
    public List<AwaitingCeremony> awaitingCeremony(long organizationId, int limit) {
        List<AwaitingCeremony> list = new ArrayList<>();
        store.awaitingCeremony(subtree(organizationId), limit).forEach(d -> list.add(new AwaitingCeremony(d.id(),
                d.fullName(), d.cellName(), d.decisionDate(), d.dueDate())));
        return list;
    }

    @Transactional(readOnly = true)
    @Override
    public List<CeremonyDossier> ceremonyDossiers(Collection<Long> dossierIds) {
        return store.findByIds(dossierIds).stream().filter(d -> scope.canSee(d.cellId())).map(this::ceremonyDossier)
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public List<CeremonyDossier> awaitingCeremony(long organizationId) {
        return store.awaitingCeremony(subtree(organizationId), Integer.MAX_VALUE).stream()
                .filter(d -> scope.canSee(d.cellId())).map(this::ceremonyDossier).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public DossierPapers papers(long dossierId) {
        Loaded loaded = load(dossierId);
        Dossier dossier = loaded.dossier();
        LocalDate today = scope.today();
        List<DossierPapers.Paper> steps = new ArrayList<>();
        for (StepCode step : dossier.sequence()) {
            Optional<StepRecord> record = dossier.latest(step);
            LocalDate day = record.map(StepRecord::date).orElse(today);
            OrganizationRef body = record.map(StepRecord::data).filter(StepData.Issued.class::isInstance)
                    .map(d -> ((StepData.Issued) d).issuerCode()).flatMap(organizations::findByCode)
                    .or(() -> ownerOn(loaded, dossier.kind(), step, day)).orElse(loaded.chain().cell());
            DossierPapers.Outcome outcome = record.map(StepRecord::data).filter(StepData.Vote.class::isInstance)
                    .map(d -> outcome((StepData.Vote) d)).orElse(null);
            steps.add(new DossierPapers.Paper(step, record.map(StepRecord::date).orElse(null),
                    record.map(StepRecord::data).orElse(null), body, day, outcome));
        }
        LocalDate proposed = dossier.proposedOn().orElse(today);
        OrganizationRef cell = chainOn(loaded, proposed).orElse(loaded.chain()).cell();
        return new DossierPapers(dossierId, loaded.person(), dossier.state(), cell, dossier.probationEnd().orElse(null),
                steps);
    }

    /** A vote's outcome, as {@link Dossier} judges the recognition votes. */
    private static DossierPapers.Outcome outcome(StepData.Vote vote) {
        if (Share.TWO_THIRDS.reachedBy(vote.votesFor(), vote.entitled())) {
            return DossierPapers.Outcome.PASSED;
        }
        return Share.TWO_THIRDS.reachedBy(vote.againstOrRest(), vote.entitled()) ? DossierPapers.Outcome.REJECTED
                : DossierPapers.Outcome.UNDECIDED;
    }

    /** The ceremony's deadline is the dossier's due date while the ceremony is its next step. */
    private CeremonyDossier ceremonyDossier(DossierRow d) {
        Procedure.Deadline deadline = Procedure.step(StepCode.CEREMONY).deadline();
        boolean awaiting = d.state() == DossierState.ADMITTED && d.nextStep() == StepCode.CEREMONY;
        String source = d.decisionDate() == null ? null
                : source(rules.rule(deadline.ruleId()).orElseThrow().nearestVersion(d.decisionDate()).citations());
        return new CeremonyDossier(d.id(), d.personId(), d.fullName(), d.cellId(), d.cellCode(), d.cellName(),
                d.state(), d.decisionDate(), d.ceremonyDate(), awaiting ? d.dueDate() : null, deadline.ruleId(),
                source);
    }

    private SubtreeSql subtree(long organizationId) {
        return SubtreeSql.of(List.of(organizationId), Structure.CURRENT, scope.today());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
