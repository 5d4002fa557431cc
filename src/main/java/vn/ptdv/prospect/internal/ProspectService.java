package vn.ptdv.prospect.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.prospect.ChangeProspect;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.Pool;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/**
 * Use cases of the pool: list a prospect, assign a mentor, record progress, let them leave; the
 * pool for other modules.
 */
@Service
class ProspectService implements Pool {
    private final ProspectStore store;
    private final SurveyService surveys;
    private final People people;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    ProspectService(ProspectStore store, SurveyService surveys, People people, Members members,
            OrganizationDirectory organizations, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.surveys = surveys;
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @Override
    public long list(ListProspect prospect) {
        return listChecked(prospect).id();
    }

    @Transactional
    ProspectRow listChecked(ListProspect input) {
        LocalDate today = scope.today();
        Problems problems = new Problems("prospect");
        Optional<People.Chosen> chosen = people.choose(input.person(), problems);
        PersonRef existing = chosen.flatMap(People.Chosen::existing).orElse(null);
        OrganizationRef organization = organization(problems, input.organizationCode(), today);
        LocalDate since = notFuture(problems, "since", input.since(), today);
        if (existing != null) {
            if (members.isMember(existing.id(), today)) {
                problems.refuse("personId", "prospect.isMember", existing.fullName());
            }
            store.activeOf(existing.id()).ifPresent(active -> problems.refuse("personId", "prospect.alreadyInPool",
                    active.fullName(), active.organizationName()));
        }
        LocalDate birthDate = existing != null ? existing.birthDate()
                : input.person() instanceof PersonChoice.New created ? created.person().birthDate() : null;
        if (birthDate != null && !since.isAfter(birthDate)) {
            problems.refuse("since", "prospect.since.beforeBirth");
        }
        if (input.mentorMemberId() != null && organization != null) {
            checkMentor(problems, input.mentorMemberId(), organization, since);
        }
        if (input.introducedByMemberId() != null) {
            scope.forChange(problems, "introducedByMemberId", input.introducedByMemberId(),
                    members.onDate(input.introducedByMemberId(), since), Members.MemberRef::organizationId);
        }
        problems.throwIfAny();

        PersonRef person = people.store(chosen.orElseThrow());
        long id = store.insert(person.id(), organization.id(), since, input.channel(), input.mentorMemberId(),
                input.introducedByMemberId(), now(), user());
        store.replaceCategories(id, input.categories());
        audit.record("PROSPECT_LISTED", "prospect", String.valueOf(id), organization.id(),
                "person=" + person.id() + "; channel=" + input.channel());
        return store.findById(id).orElseThrow();
    }

    @Transactional
    @Override
    public void change(ChangeProspect change) {
        changeChecked(change);
    }

    @Transactional
    ProspectRow changeChecked(ChangeProspect change) {
        long id = change.prospectId();
        ProspectRow current = requireVisible(id);
        OrganizationRef organization = organizations.findById(current.organizationId()).orElseThrow();
        scope.requireWritable(organization);
        if (change.version() != null && change.version() != current.version()) {
            throw new ConflictException("error.conflict.prospect", current.fullName());
        }
        LocalDate today = scope.today();
        Problems problems = new Problems("prospect");
        ProspectChannel channel = change.channel() == null ? current.channel() : change.channel();
        Set<ProspectCategory> categories = change.categories() == null ? current.categories() : change.categories();
        Long mentor = change.removeMentor() ? null
                : change.mentorMemberId() != null ? change.mentorMemberId() : current.mentorMemberId();
        if (mentor != null && !mentor.equals(current.mentorMemberId())) {
            checkMentor(problems, mentor, organization, today);
        }
        ProspectStatus status = current.status();
        LocalDate attended = current.attendedOn();
        LocalDate applied = current.appliedOn();
        LocalDate left = current.leftOn();
        String reason = current.leftReason();
        ChangeProspect.StatusChange move = change.status();
        if (move != null) {
            LocalDate on = notFuture(problems, "statusDate", move.on() == null ? today : move.on(), today);
            ProspectStatus next = move.to();
            if (next != current.status()) {
                if (!current.status().next().contains(next)) {
                    problems.refuse("status", "prospect.status.notAllowed", Problems.term(current.status().messageKey()),
                            Problems.term(next.messageKey()));
                } else if (on.isBefore(current.lastMilestone())) {
                    problems.refuse("statusDate", "prospect.status.beforeLast",
                            VietnameseDates.format(current.lastMilestone()));
                }
                status = next;
                switch (next) {
                    case ATTENDED_CLASS -> attended = on;
                    case APPLIED -> applied = on;
                    case LEFT -> {
                        left = on;
                        reason = Problems.optional(move.leftReason());
                        if (reason == null) {
                            problems.malformed("leftReason", "validation.required");
                        }
                    }
                    default -> { }
                }
            }
        }
        problems.throwIfAny();

        if (!store.update(current, channel, mentor, status, attended, applied, left, reason, now(), user())) {
            throw new ConflictException("error.conflict.prospect", current.fullName());
        }
        if (!categories.equals(current.categories())) {
            store.replaceCategories(id, categories);
        }
        if (change.note() != null) {
            store.addNote(id, today, change.note(), now(), user());
        }
        if (status != current.status()) {
            audit.record("PROSPECT_STATUS", "prospect", String.valueOf(id), current.organizationId(),
                    "person=" + current.personId() + "; status=" + current.status() + " -> " + status);
        }
        return store.findById(id).orElseThrow();
    }

    @Override
    public long survey(RecordSurvey survey) {
        return surveys.record(survey);
    }

    @Override
    public long personOf(long prospectId) {
        return requireVisible(prospectId).personId();
    }

    /** Records the awareness class of the person's active entry, if it still waits for it. */
    @Transactional
    void classCompleted(long personId, LocalDate date) {
        store.activeOf(personId).filter(p -> p.status() == ProspectStatus.IN_POOL && !date.isBefore(p.since()))
                .ifPresent(p -> store.update(p, p.channel(), p.mentorMemberId(), ProspectStatus.ATTENDED_CLASS, date,
                        p.appliedOn(), p.leftOn(), p.leftReason(), now(), "system"));
    }

    /** Marks the person's active entry as handed to an admission dossier from the date, if it still waits for one. */
    @Transactional
    @Override
    public void applied(long personId, LocalDate date) {
        store.activeOf(personId)
                .filter(p -> p.status().next().contains(ProspectStatus.APPLIED) && !date.isBefore(p.lastMilestone()))
                .ifPresent(p -> {
                    store.update(p, p.channel(), p.mentorMemberId(), ProspectStatus.APPLIED, p.attendedOn(), date,
                            p.leftOn(), p.leftReason(), now(), user());
                    audit.record("PROSPECT_STATUS", "prospect", String.valueOf(p.id()), p.organizationId(),
                            "person=" + p.personId() + "; status=" + p.status() + " -> " + ProspectStatus.APPLIED);
                });
    }

    @Transactional(readOnly = true)
    ProspectRow requireVisible(long id) {
        return store.findById(id).filter(p -> scope.canSee(p.organizationId()))
                .orElseThrow(() -> new NotFoundException("prospect.notFound", id));
    }

    List<ProspectStore.Note> notes(long id) {
        return store.notes(id);
    }

    /** The organization whose pool it is: in the user's scope, writable, existing today. */
    private OrganizationRef organization(Problems problems, String code, LocalDate today) {
        String text = problems.required("organizationCode", code);
        if (text == null) {
            return null;
        }
        OrganizationRef organization = scope.organizationForChange(problems, "organizationCode", text).orElse(null);
        if (organization == null) {
            return null;
        }
        if (!organization.existsOn(today)) {
            problems.refuse("organizationCode", "org.parent.ended", organization.name(),
                    VietnameseDates.format(organization.endedOn()));
            return null;
        }
        return organization;
    }

    /** The mentor is an official member, on the date, of the prospect's grassroots organization. */
    private void checkMentor(Problems problems, long memberId, OrganizationRef organization, LocalDate date) {
        Optional<Members.MemberRef> mentor = scope.forChange(problems, "mentorMemberId", memberId,
                members.onDate(memberId, date), Members.MemberRef::organizationId);
        if (mentor.isEmpty()) {
            return;
        }
        if (!mentor.get().officialOn(date)) {
            problems.refuse("mentorMemberId", "prospect.mentor.notOfficial", memberId, VietnameseDates.format(date));
            return;
        }
        Optional<OrganizationRef> grassroots = organizations.grassrootsOf(organization.id(), date);
        Optional<OrganizationRef> mentorGrassroots = organizations.grassrootsOf(mentor.get().organizationId(), date);
        if (grassroots.isEmpty() || mentorGrassroots.isEmpty() || grassroots.get().id() != mentorGrassroots.get().id()) {
            problems.refuse("mentorMemberId", "prospect.mentor.otherGrassroots", mentor.get().fullName(),
                    grassroots.map(OrganizationRef::name).orElse(organization.name()));
        }
    }

    /** A date that must not lie after today. */
    private static LocalDate notFuture(Problems problems, String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            problems.refuse(field, "validation.future", VietnameseDates.format(date));
        }
        return date;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
