package vn.ptdv.prospect.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
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
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/** Use cases of the pool: list a prospect, assign a mentor, record progress, let them leave. */
@Service
class ProspectService {
    private final ProspectStore store;
    private final People people;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    ProspectService(ProspectStore store, People people, Members members, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    record ProspectInput(Long personId, PersonDetails person, String organizationCode, String since, String channel,
            List<String> categories, Long mentorMemberId, Long introducedByMemberId) {
    }

    /**
     * A change: null fields stay. A new {@code status} takes effect on {@code statusDate} (today
     * if empty); LEFT needs a {@code leftReason}. {@code removeMentor} clears the mentor.
     */
    record ProspectChange(String channel, List<String> categories, Long mentorMemberId, Boolean removeMentor,
            String status, String statusDate, String leftReason, String note, Integer version) {
    }

    @Transactional
    ProspectRow create(ProspectInput input, DateInput dateInput) {
        LocalDate today = scope.today();
        Problems problems = new Problems("prospect");
        PersonRef person = null;
        PersonChoice choice = PersonChoice.parse(input.personId(), input.person(), dateInput, problems);
        Optional<People.Chosen> chosen = choice == null ? Optional.empty() : people.choose(choice, problems);
        person = chosen.flatMap(People.Chosen::existing).orElse(null);
        OrganizationRef organization = organization(problems, input.organizationCode(), today);
        LocalDate since = problems.pastDate("since", input.since(), true, dateInput, today);
        ProspectChannel channel = problems.oneOf("channel", input.channel(), ProspectChannel.class, true);
        Set<ProspectCategory> categories = categories(problems, input.categories());
        if (person != null) {
            if (members.isMember(person.id(), today)) {
                problems.refuse("personId", "prospect.isMember", person.fullName());
            }
            store.activeOf(person.id()).ifPresent(active -> problems.refuse("personId", "prospect.alreadyInPool",
                    active.fullName(), active.organizationName()));
            if (since != null && !since.isAfter(person.birthDate())) {
                problems.refuse("since", "prospect.since.beforeBirth");
            }
        }
        if (input.mentorMemberId() != null && organization != null && since != null) {
            checkMentor(problems, input.mentorMemberId(), organization, since);
        }
        if (input.introducedByMemberId() != null && since != null
                && members.onDate(input.introducedByMemberId(), since).isEmpty()) {
            problems.refuse("introducedByMemberId", "prospect.introducer.notMember",
                    String.valueOf(input.introducedByMemberId()), VietnameseDates.format(since));
        }
        problems.throwIfAny();
        person = people.store(chosen.orElseThrow());
        long id = store.insert(person.id(), organization.id(), since, channel, input.mentorMemberId(),
                input.introducedByMemberId(), now(), user());
        store.replaceCategories(id, categories);
        audit.record("PROSPECT_LISTED", "prospect", String.valueOf(id), organization.id(),
                "name=" + person.fullName() + "; channel=" + channel);
        return store.findById(id).orElseThrow();
    }

    @Transactional
    ProspectRow change(long id, ProspectChange change, DateInput dateInput) {
        ProspectRow current = requireVisible(id);
        OrganizationRef organization = organizations.findById(current.organizationId()).orElseThrow();
        scope.requireWritable(organization);
        if (change.version() != null && change.version() != current.version()) {
            throw new ConflictException("error.conflict.prospect", current.fullName());
        }
        LocalDate today = scope.today();
        Problems problems = new Problems("prospect");
        ProspectChannel channel = change.channel() == null ? current.channel()
                : problems.oneOf("channel", change.channel(), ProspectChannel.class, true);
        Set<ProspectCategory> categories = change.categories() == null ? current.categories()
                : categories(problems, change.categories());
        Long mentor = Boolean.TRUE.equals(change.removeMentor()) ? null
                : change.mentorMemberId() != null ? change.mentorMemberId() : current.mentorMemberId();
        if (change.mentorMemberId() != null && !change.mentorMemberId().equals(current.mentorMemberId())) {
            checkMentor(problems, change.mentorMemberId(), organization, today);
        }
        ProspectStatus status = current.status();
        LocalDate attended = current.attendedOn();
        LocalDate applied = current.appliedOn();
        LocalDate left = current.leftOn();
        String reason = current.leftReason();
        if (Problems.optional(change.status()) != null) {
            ProspectStatus next = problems.oneOf("status", change.status(), ProspectStatus.class, true);
            LocalDate date = problems.pastDate("statusDate", change.statusDate(), false, dateInput, today);
            LocalDate on = date == null ? today : date;
            if (next != null && next != current.status()) {
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
                        reason = problems.required("leftReason", change.leftReason());
                        problems.maxLength("leftReason", reason, 500);
                    }
                    default -> { }
                }
            }
        }
        String note = problems.maxLength("note", Problems.optional(change.note()), 2000);
        problems.throwIfAny();
        if (!store.update(current, channel, mentor, status, attended, applied, left, reason, now(), user())) {
            throw new ConflictException("error.conflict.prospect", current.fullName());
        }
        if (!categories.equals(current.categories())) {
            store.replaceCategories(id, categories);
        }
        if (note != null) {
            store.addNote(id, today, note, now(), user());
        }
        if (status != current.status()) {
            audit.record("PROSPECT_STATUS", "prospect", String.valueOf(id), current.organizationId(),
                    "name=" + current.fullName() + "; status=" + current.status() + " -> " + status);
        }
        return store.findById(id).orElseThrow();
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
    void applied(long personId, LocalDate date) {
        store.activeOf(personId)
                .filter(p -> p.status().next().contains(ProspectStatus.APPLIED) && !date.isBefore(p.lastMilestone()))
                .ifPresent(p -> {
                    store.update(p, p.channel(), p.mentorMemberId(), ProspectStatus.APPLIED, p.attendedOn(), date,
                            p.leftOn(), p.leftReason(), now(), user());
                    audit.record("PROSPECT_STATUS", "prospect", String.valueOf(p.id()), p.organizationId(),
                            "name=" + p.fullName() + "; status=" + p.status() + " -> " + ProspectStatus.APPLIED);
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

    private OrganizationRef organization(Problems problems, String code, LocalDate today) {
        String text = problems.required("organizationCode", code);
        if (text == null) {
            return null;
        }
        OrganizationRef organization = organizations.findByCode(text).filter(o -> scope.canSee(o.id())).orElse(null);
        if (organization == null) {
            problems.refuse("organizationCode", "org.parent.unknown", text);
            return null;
        }
        scope.requireWritable(organization);
        if (!organization.existsOn(today)) {
            problems.refuse("organizationCode", "org.parent.ended", organization.name(),
                    VietnameseDates.format(organization.endedOn()));
            return null;
        }
        return organization;
    }

    private static Set<ProspectCategory> categories(Problems problems, List<String> values) {
        Set<ProspectCategory> categories = EnumSet.noneOf(ProspectCategory.class);
        if (values == null) {
            return categories;
        }
        for (String value : values) {
            ProspectCategory category = problems.oneOf("categories", value, ProspectCategory.class, false);
            if (category != null) {
                categories.add(category);
            }
        }
        return categories;
    }

    /** The mentor is an official member, on the date, of the prospect's grassroots organization. */
    private void checkMentor(Problems problems, long memberId, OrganizationRef organization, LocalDate date) {
        Optional<Members.MemberRef> mentor = members.onDate(memberId, date);
        if (mentor.isEmpty() || !mentor.get().officialOn(date)) {
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
