package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.MemberStatus;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/** Use cases of memberships: register a member, record a movement, correct the official date. */
@Service
class MemberService implements MemberRegistry, Members {
    static final int PROBATION_MONTHS = MemberRegistration.PROBATION_MONTHS;

    private final MemberStore store;
    private final TransferRequestStore requests;
    private final People people;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    MemberService(MemberStore store, TransferRequestStore requests, People people,
            OrganizationDirectory organizations, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.people = people;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    record Registered(MemberRow member, List<MemberRegistration.Warning> warnings) {
    }

    @Transactional
    @Override
    public long register(RegisterMember member) {
        return registerChecked(member).member().id();
    }

    @Transactional
    Registered registerChecked(RegisterMember input) {
        LocalDate today = scope.today();
        Problems problems = new Problems("member");
        List<MemberRegistration.Warning> warnings = new ArrayList<>();

        Optional<People.Chosen> chosen = people.choose(input.person(), problems);
        PersonRef existing = chosen.flatMap(People.Chosen::existing).orElse(null);
        LocalDate birthDate = null;
        if (existing != null) {
            birthDate = existing.birthDate();
        } else if (input.person() instanceof PersonChoice.New created) {
            NewPerson p = created.person();
            birthDate = p.birthDate();
            NationalIdCheck.warnings(p.nationalId(), p.gender(), p.birthDate())
                    .forEach(w -> warnings.add(new MemberRegistration.Warning(w.code(), w.messageKey(), w.args())));
        }
        MemberRegistration.Checked checked = MemberRegistration.check(input, birthDate, existing, records(), today,
                problems, warnings);
        problems.throwIfAny();

        long personId = people.store(chosen.orElseThrow()).id();
        OffsetDateTime now = now();
        String user = scope.user().username();
        long id = store.insert(personId, checked, now, user);
        store.openPeriod(id, checked.memberSince(), checked.cell().id());
        recordStart(id, checked, now, user);
        OrganizationRef organization = checked.cell();
        LocalDate admittedOn = checked.admittedOn();
        audit.record("MEMBER_REGISTERED", "member", String.valueOf(id), organization.id(),
                "organization=" + organization.code() + "; admittedOn=" + VietnameseDates.format(admittedOn));
        return new Registered(store.findById(id).orElseThrow(), warnings);
    }

    @Transactional
    @Override
    public void move(RecordMovement movement) {
        moveChecked(movement);
    }

    @Transactional
    MemberRow moveChecked(RecordMovement input) {
        return record(input, Mode.AT_ONCE).member();
    }

    /** What a movement recorded on a page or through the API became: the member moved, or a transfer request. */
    record Moved(MemberRow member, TransferRequestRow request) {
    }

    /**
     * A movement recorded by a user: a transfer to a cell outside the user's scope (or to a code
     * that names nothing the user sees) becomes a request for the receiving side, nothing moves.
     */
    @Transactional
    Moved moveOrAsk(RecordMovement input) {
        return record(input, Mode.MAY_ASK);
    }

    /**
     * Moves the member of an accepted transfer request to its destination on today's date, with
     * the usual rules. The caller sees the destination (checked by {@code cell}); the member and
     * the sending cell lie outside their scope, which the request answers for.
     */
    @Transactional
    MemberRow moveAccepted(long memberId, String destinationCode, String note) {
        return record(new RecordMovement(memberId, MovementType.TRANSFER, scope.today(), destinationCode, null,
                note, null), Mode.ACCEPTED).member();
    }

    private enum Mode {
        AT_ONCE, MAY_ASK, ACCEPTED
    }

    private Moved record(RecordMovement input, Mode mode) {
        long memberId = input.memberId();
        MemberRow member;
        OrganizationRef current;
        if (mode == Mode.ACCEPTED) {
            member = store.findById(memberId).orElseThrow(() -> new NotFoundException("member.notFound", memberId));
            current = organizations.findById(member.organizationId()).orElseThrow();
            scope.requireWriter();
        } else {
            member = requireVisible(memberId);
            current = organizations.findById(member.organizationId()).orElseThrow();
            scope.requireWritable(current);
        }
        if (input.version() != null && input.version() != member.version()) {
            throw new ConflictException("error.conflict.member", member.fullName());
        }
        LocalDate today = scope.today();
        Problems problems = new Problems("movement");
        if (!member.active()) {
            problems.refuse("type", "member.ended", member.fullName(), VietnameseDates.format(member.endedOn()));
            problems.throwIfAny();
        }
        MovementType type = input.type();
        if (!MovementType.RECORDED_BY_USERS.contains(type)) {
            problems.malformed("type", "movement.type.notByUsers", Problems.term(type.messageKey()));
        }
        LocalDate date = MemberRegistration.notFuture(problems, "date", input.date(), today);
        if (date != null) {
            Optional<LocalDate> periodStart = store.periodStartOn(memberId, date);
            LocalDate last = store.lastMovementDate(memberId).orElse(member.admittedOn());
            if (periodStart.isEmpty() || !date.isAfter(periodStart.get())) {
                problems.refuse("date", "movement.date.notAfterStart",
                        VietnameseDates.format(periodStart.orElse(last)), current.name());
            } else if (date.isBefore(last)) {
                problems.refuse("date", "movement.date.beforeLast", VietnameseDates.format(last));
            }
        }
        OrganizationRef target = null;
        String asked = null;
        if (type == MovementType.TRANSFER) {
            String code = problems.required("toOrganizationCode", input.toOrganizationCode());
            if (mode == Mode.MAY_ASK && code != null && !reachable(code)) {
                // Outside the scope, or no such organization: a request, answering alike in both
                // cases; whether the code names a cell is checked when the receiving side accepts.
                asked = code;
                if (requests.pendingFor(memberId)) {
                    problems.refuse("toOrganizationCode", "transfer.alreadyPending", member.fullName());
                }
            } else if (code != null) {
                // With MAY_ASK, a destination in scope moves at once; otherwise (a registry call) a
                // destination outside the scope is refused like an unknown one.
                target = cell(problems, "toOrganizationCode", code, date == null ? today : date);
                if (target != null && target.id() == current.id()) {
                    problems.refuse("toOrganizationCode", "movement.sameOrganization", current.name());
                }
            }
        }
        String outside = input.toOutside();
        String note = input.note();
        problems.throwIfAny();
        if (asked != null) {
            return new Moved(null, ask(member, current, asked, date, note));
        }

        OffsetDateTime now = now();
        String user = scope.user().username();
        store.closePeriodOn(memberId, date);
        boolean stored;
        if (type == MovementType.TRANSFER) {
            store.openPeriod(memberId, date, target.id());
            stored = store.touch(memberId, member.version(), now, user);
        } else {
            stored = store.end(memberId, member.version(), date, type, now, user);
        }
        if (!stored) {
            throw new ConflictException("error.conflict.member", member.fullName());
        }
        store.recordMovement(memberId, type, date, current.id(), target == null ? null : target.id(), outside, note,
                null, now, user);
        audit.record("MEMBER_MOVED", "member", String.valueOf(memberId), current.id(),
                "movement=" + type + "; date=" + VietnameseDates.format(date)
                        + (target == null ? "" : "; organization=" + current.code() + " -> " + target.code())
                        + (mode == Mode.ACCEPTED ? "; byRequest" : ""));
        return new Moved(store.findById(memberId).orElseThrow(), null);
    }

    /**
     * Stores a pending transfer request. The destination's id is kept when the code names an
     * organization (so that its side sees the request); the sender is told only the code.
     */
    private TransferRequestRow ask(MemberRow member, OrganizationRef from, String code, LocalDate date, String note) {
        Long to = organizations.findByCode(code).map(OrganizationRef::id).orElse(null);
        long id = requests.insert(member.id(), from.id(), code, to, date, note, now(), scope.user().username());
        audit.record("TRANSFER_REQUESTED", "transfer_request", String.valueOf(id), from.id(),
                "member=" + member.id() + "; date=" + VietnameseDates.format(date) + "; to=" + code);
        return requests.findById(id).orElseThrow();
    }

    /** Whether the code names an organization the user sees (without saying which, if not). */
    private boolean reachable(String code) {
        return organizations.findByCode(code).filter(o -> scope.canSee(o.id())).isPresent();
    }

    /** Records or corrects the day the member became official, and the party card number. */
    @Transactional
    MemberRow update(UpdateMember input) {
        long memberId = input.memberId();
        Integer version = input.version();
        MemberRow member = requireVisible(memberId);
        scope.requireWritable(organizations.findById(member.organizationId()).orElseThrow());
        if (version != null && version != member.version()) {
            throw new ConflictException("error.conflict.member", member.fullName());
        }
        Problems problems = new Problems("member");
        LocalDate officialOn = MemberRegistration.notFuture(problems, "officialOn", input.officialOn(), scope.today());
        if (officialOn != null && officialOn.isBefore(member.admittedOn())) {
            problems.refuse("officialOn", "member.officialOn.beforeAdmission",
                    VietnameseDates.format(member.admittedOn()));
        }
        if (officialOn != null && member.endedOn() != null && !officialOn.isBefore(member.endedOn())) {
            problems.refuse("officialOn", "member.officialOn.afterEnd", VietnameseDates.format(member.endedOn()));
        }
        String card = input.partyCardNumber();
        if (card != null && !card.equals(member.partyCardNumber())) {
            checkCardFree(problems, card);
        }
        problems.throwIfAny();
        OffsetDateTime now = now();
        String user = scope.user().username();
        store.updateDetails(memberId, member.version(), officialOn, card, now, user);
        audit.record("MEMBER_UPDATED", "member", String.valueOf(memberId), member.organizationId(),
                "officialOn=" + (officialOn == null ? "-" : VietnameseDates.format(officialOn)));
        return store.findById(memberId).orElseThrow();
    }

    /**
     * Moves a member's admission to another date (a corrected ceremony date), the official date
     * with it; refused once anything else happened to the membership.
     */
    @Transactional
    @Override
    public void correctAdmission(long memberId, LocalDate admittedOn) {
        moveAdmission(memberId, admittedOn);
    }

    @Transactional
    @Override
    public void correctDecision(long memberId, LocalDate decidedOn) {
        MemberRow member = store.findById(memberId).orElseThrow(() -> new NotFoundException("member.notFound", memberId));
        if (decidedOn.isAfter(member.admittedOn())) {
            new Problems("member").refuse("decidedOn", "member.admittedOn.beforeDecision",
                    VietnameseDates.format(decidedOn)).throwIfAny();
        }
        store.correctDecision(memberId, decidedOn, now(), scope.user().username());
        audit.record("MEMBER_UPDATED", "member", String.valueOf(memberId), member.organizationId(),
                "decidedOn=" + VietnameseDates.format(member.decidedOn()) + " -> " + VietnameseDates.format(decidedOn));
    }

    @Transactional
    MemberRow moveAdmission(long memberId, LocalDate admittedOn) {
        MemberRow member = store.findById(memberId).orElseThrow(() -> new NotFoundException("member.notFound", memberId));
        Problems problems = new Problems("member");
        if (store.movementCount(memberId) > 1 || member.endedOn() != null) {
            problems.refuse("admittedOn", "member.admittedOn.notMovable", member.fullName());
        }
        problems.throwIfAny();
        LocalDate officialOn = member.officialOn() == null ? null : admittedOn.plusMonths(PROBATION_MONTHS);
        if (!store.moveAdmission(memberId, member.version(), admittedOn, officialOn, now(), scope.user().username())) {
            throw new ConflictException("error.conflict.member", member.fullName());
        }
        audit.record("MEMBER_UPDATED", "member", String.valueOf(memberId), member.organizationId(),
                "admittedOn=" + VietnameseDates.format(member.admittedOn()) + " -> " + VietnameseDates.format(admittedOn));
        return store.findById(memberId).orElseThrow();
    }

    @Transactional
    @Override
    public long admit(long personId, String cellCode, LocalDate decidedOn, LocalDate admittedOn) {
        return register(new RegisterMember(new PersonChoice.Existing(personId), cellCode, decidedOn, admittedOn, null,
                cellCode, null, null, null));
    }

    @Transactional
    @Override
    public void recognize(long memberId, LocalDate officialOn) {
        MemberRow member = store.findById(memberId).orElseThrow();
        update(new UpdateMember(memberId, officialOn, member.partyCardNumber(), null));
    }

    @Override
    public Optional<EndedMembership> lastEnded(long personId) {
        return store.lastEnded(personId);
    }

    @Override
    public Optional<MemberRef> onDate(long memberId, LocalDate date) {
        return store.findById(memberId).flatMap(m -> store.organizationOn(memberId, date)
                .map(organization -> new MemberRef(m.id(), m.personId(), m.fullName(), m.admittedOn(),
                        m.officialOn(), m.endedOn(), organization)));
    }

    @Override
    public List<MemberRef> officialUnder(long organizationId, LocalDate date) {
        return store.officialUnder(organizationId, date);
    }

    @Override
    public List<MemberChoice> officialChoicesUnder(long organizationId, LocalDate date) {
        List<MemberStore.OfficialChoice> officials = store.officialChoicesUnder(organizationId, date);
        Map<Long, String> paths = organizations.paths(officials.stream().map(MemberStore.OfficialChoice::organizationId)
                .collect(Collectors.toSet()));
        return officials.stream().map(m -> new MemberChoice(m.id(), m.fullName(),
                m.birthDate() == null ? null : m.birthDate().getYear(), paths.get(m.organizationId()),
                MemberStatus.on(date, m.officialOn(), m.endedOn()))).toList();
    }

    @Override
    public boolean isMember(long personId, LocalDate date) {
        return store.isMemberOn(personId, date);
    }

    /** What the registration rules ask, answered by the stores for one record at a time. */
    private MemberRegistration.Records records() {
        return new MemberRegistration.Records() {
            @Override
            public Optional<OrganizationRef> organizationForChange(Problems problems, String field, String code) {
                return scope.organizationForChange(problems, field, code);
            }

            @Override
            public Optional<OrganizationRef> organization(String code) {
                return organizations.findByCode(code);
            }

            @Override
            public Optional<LocalDate> existsFrom(OrganizationRef organization) {
                return organizations.existence(organization.id()).stream().findFirst().map(DatePeriod::from);
            }

            @Override
            public boolean hasOpenMembership(long personId) {
                return store.openMembershipOf(personId).isPresent();
            }

            @Override
            public Optional<LocalDate> lastMembershipEnd(long personId) {
                return store.lastEndOf(personId);
            }

            @Override
            public boolean cardTaken(String card) {
                return store.cardTaken(card);
            }
        };
    }

    /** The movements that open a membership: the admission here (and the registration in another cell later), or the arrival from outside. */
    void recordStart(long memberId, MemberRegistration.Checked checked, OffsetDateTime now, String user) {
        if (checked.arrivedFrom() != null) {
            store.recordMovement(memberId, MovementType.TRANSFER_IN, checked.memberSince(), null, checked.cell().id(),
                    checked.arrivedFrom(), null, null, now, user);
        } else {
            store.recordMovement(memberId, MovementType.ADMISSION, checked.admittedOn(), null,
                    checked.admitting().id(), null, null, null, now, user);
            if (checked.memberSince().isAfter(checked.admittedOn())) {
                store.recordMovement(memberId, MovementType.REGISTERED, checked.memberSince(), null,
                        checked.cell().id(), null, null, null, now, user);
            }
        }
    }

    @Transactional(readOnly = true)
    MemberRow requireVisible(long memberId) {
        return store.findById(memberId).filter(m -> scope.canSee(m.organizationId()))
                .orElseThrow(() -> new NotFoundException("member.notFound", memberId));
    }

    List<MovementRow> movements(long memberId) {
        return store.movements(memberId);
    }

    List<MemberRow> membershipsOf(long personId) {
        return store.ofPerson(personId);
    }

    /** A cell (where members are counted) in the user's scope that exists on the date. */
    private OrganizationRef cell(Problems problems, String field, String code, LocalDate date) {
        String text = problems.required(field, code);
        if (text == null) {
            return null;
        }
        OrganizationRef organization = scope.organizationForChange(problems, field, text).orElse(null);
        if (organization == null) {
            return null;
        }
        if (!organization.type().isCell()) {
            problems.refuse(field, "member.organization.notCell", organization.name());
            return null;
        }
        if (!organization.existsOn(date) || !organization.existsOn(scope.today())) {
            problems.refuse(field, "org.parent.ended", organization.name(),
                    VietnameseDates.format(organization.endedOn()));
            return null;
        }
        return organization;
    }

    private void checkCardFree(Problems problems, String card) {
        if (store.cardTaken(card)) {
            problems.refuse("partyCardNumber", "member.card.taken", card);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
