package vn.ptdv.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.training.ClassCompleted;
import vn.ptdv.training.Classes;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;

/** Use cases of awareness classes: open a class, enroll participants, record results and certificates. */
@Service
class ClassService implements Classes {
    private final ClassStore store;
    private final People people;
    private final Members members;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClassService(ClassStore store, People people, Members members, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.people = people;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    @Override
    public long open(OpenClass awarenessClass) {
        return openChecked(awarenessClass).id();
    }

    @Transactional
    ClassRow openChecked(OpenClass input) {
        Problems problems = new Problems("class");
        OrganizationRef organizer = check(input, problems);
        problems.throwIfAny();
        long id = store.insert(organizer.id(), input.name(), input.startDate(), input.endDate(), input.place(), now(),
                user());
        audit.record("CLASS_CREATED", "class", String.valueOf(id), organizer.id(), "name=" + input.name());
        return store.findById(id).orElseThrow();
    }

    /** Corrects a class; its end may not move after a certificate already issued. */
    @Transactional
    ClassRow update(UpdateClass input) {
        long id = input.classId();
        ClassRow current = requireWritable(id);
        if (input.version() != null && input.version() != current.version()) {
            throw new ConflictException("error.conflict.class", current.name());
        }
        OpenClass details = input.details();
        Problems problems = new Problems("class");
        OrganizationRef organizer = check(details, problems);
        if (store.participants(id).stream().anyMatch(p -> p.certificateDate() != null
                && p.certificateDate().isBefore(details.endDate()))) {
            problems.refuse("endDate", "class.end.afterCertificates");
        }
        problems.throwIfAny();
        if (!store.update(id, current.version(), details.name(), details.startDate(), details.endDate(),
                details.place(), now(), user())) {
            throw new ConflictException("error.conflict.class", current.name());
        }
        audit.record("CLASS_UPDATED", "class", String.valueOf(id), organizer.id(), "name=" + details.name());
        return store.findById(id).orElseThrow();
    }

    /** The class's rules: it ends no earlier than it starts; its organizer is in scope, writable and exists today. */
    private OrganizationRef check(OpenClass input, Problems problems) {
        if (input.endDate().isBefore(input.startDate())) {
            problems.refuse("endDate", "class.end.beforeStart", VietnameseDates.format(input.startDate()));
        }
        String code = problems.required("organizerCode", input.organizerCode());
        if (code == null) {
            return null;
        }
        OrganizationRef organizer = scope.organizationForChange(problems, "organizerCode", code).orElse(null);
        if (organizer != null && !organizer.existsOn(scope.today())) {
            problems.refuse("organizerCode", "org.parent.ended", organizer.name(),
                    VietnameseDates.format(organizer.endedOn()));
        }
        return organizer;
    }

    @Transactional(readOnly = true)
    ClassRow requireVisible(long id) {
        return store.findById(id).filter(c -> scope.canSee(c.organizerId()))
                .orElseThrow(() -> new NotFoundException("class.notFound", id));
    }

    private ClassRow requireWritable(long id) {
        ClassRow row = requireVisible(id);
        scope.requireWritable(organizations.findById(row.organizerId()).orElseThrow());
        return row;
    }

    @Transactional
    @Override
    public long enroll(EnrollParticipant participant) {
        return enrollChecked(participant).id();
    }

    @Transactional
    ParticipantRow enrollChecked(EnrollParticipant input) {
        ClassRow cls = requireWritable(input.classId());
        Problems problems = new Problems("participant");
        Optional<People.Chosen> chosen = people.choose(input.person(), problems);
        chosen.flatMap(People.Chosen::existing).ifPresent(person -> checkPerson(problems, "personId", cls, person));
        checkResult(problems, "", cls, input.result(), null, new HashSet<>());
        problems.throwIfAny();
        long id = insert(cls, people.store(chosen.orElseThrow()), input.result());
        return store.participant(id).orElseThrow();
    }

    /** A person accepted for the class, with their result. */
    private record Enrolment(PersonRef person, ParticipantResult result) {
    }

    /**
     * Enrolls people by their national identity numbers (with an optional certificate each) and
     * people chosen by id (from the pool), all or none; returns how many.
     */
    @Transactional
    int enroll(EnrollPeople input) {
        ClassRow cls = requireWritable(input.classId());
        Problems problems = new Problems("participant");
        Set<Long> enrolled = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        List<Enrolment> accepted = new ArrayList<>();
        for (EnrollPeople.NationalIdLine line : input.lines()) {
            Optional<PersonRef> person = people.findVisibleByNationalId(line.nationalId());
            if (person.isEmpty()) {
                problems.refuse("lines", "participant.line.unknownPerson", line.number(), line.nationalId());
                continue;
            }
            Problems lineProblems = new Problems("participant");
            checkPerson(lineProblems, "lines", cls, person.get());
            checkResult(lineProblems, "", cls, line.result(), null, numbers);
            if (!enrolled.add(person.get().id())) {
                lineProblems.refuse("lines", "participant.duplicate", person.get().fullName());
            }
            EnrollPeople.reportLine(problems, line.number(), lineProblems);
            accepted.add(new Enrolment(person.get(), line.result()));
        }
        for (long personId : input.personIds()) {
            Optional<PersonRef> person = people.choose(new PersonChoice.Existing(personId), problems)
                    .flatMap(People.Chosen::existing);
            if (person.isEmpty()) {
                continue;
            }
            checkPerson(problems, "personId", cls, person.get());
            if (!enrolled.add(person.get().id())) {
                problems.refuse("personId", "participant.duplicate", person.get().fullName());
            }
            accepted.add(new Enrolment(person.get(), ParticipantResult.none()));
        }
        problems.throwIfAny();
        accepted.forEach(enrolment -> insert(cls, enrolment.person(), enrolment.result()));
        return accepted.size();
    }

    private long insert(ClassRow cls, PersonRef person, ParticipantResult result) {
        long id = store.insertParticipant(cls.id(), person.id(), result.completed(), result.certificateNumber(),
                result.certificateDate(), now(), user());
        audit.record("CLASS_PARTICIPANT_ADDED", "class", String.valueOf(cls.id()), cls.organizerId(),
                "person=" + person.id());
        announce(person.id(), cls.id(), result);
        return id;
    }

    /** Saves the results typed in the class's table, all or none. */
    @Transactional
    void record(RecordResults input) {
        long classId = input.classId();
        ClassRow cls = requireWritable(classId);
        Problems problems = new Problems("participant");
        List<ParticipantRow> rows = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < input.lines().size(); i++) {
            RecordResults.Line line = input.lines().get(i);
            ParticipantRow row = store.participant(line.participantId()).filter(p -> p.classId() == classId)
                    .orElseThrow(() -> new NotFoundException("participant.notFound", line.participantId()));
            if (line.version() != null && line.version() != row.version()) {
                throw new ConflictException("error.conflict.participant", row.fullName());
            }
            checkResult(problems, "participants[" + i + "].", cls, line.result(), row.id(), numbers);
            rows.add(row);
        }
        problems.throwIfAny();
        for (int i = 0; i < rows.size(); i++) {
            ParticipantRow row = rows.get(i);
            ParticipantResult result = input.lines().get(i).result();
            boolean changed = row.completed() != result.completed()
                    || !Objects.equals(row.certificateNumber(), result.certificateNumber())
                    || !Objects.equals(row.certificateDate(), result.certificateDate());
            if (!changed) {
                continue;
            }
            if (!store.updateParticipant(row.id(), row.version(), result.completed(), result.certificateNumber(),
                    result.certificateDate(), now(), user())) {
                throw new ConflictException("error.conflict.participant", row.fullName());
            }
            audit.record("CLASS_RESULT_RECORDED", "class", String.valueOf(classId), cls.organizerId(),
                    "person=" + row.personId() + "; completed=" + result.completed());
            announce(row.personId(), classId, result);
        }
    }

    @Transactional
    void removeParticipant(long classId, long participantId) {
        ClassRow cls = requireWritable(classId);
        ParticipantRow row = store.participant(participantId).filter(p -> p.classId() == classId)
                .orElseThrow(() -> new NotFoundException("participant.notFound", participantId));
        store.deleteParticipant(participantId);
        audit.record("CLASS_PARTICIPANT_REMOVED", "class", String.valueOf(classId), cls.organizerId(),
                "person=" + row.personId());
    }

    List<ParticipantRow> participants(long classId) {
        return store.participants(classId);
    }

    /** A person attends a class once, and only while not a party member (on the class's first day). */
    private void checkPerson(Problems problems, String field, ClassRow cls, PersonRef person) {
        if (store.isParticipant(cls.id(), person.id())) {
            problems.refuse(field, "participant.duplicate", person.fullName());
        } else if (members.isMember(person.id(), cls.startDate())) {
            problems.refuse(field, "participant.isMember", person.fullName());
        }
    }

    /**
     * The result's rules: a class is completed only once it has ended; a certificate needs a
     * completed class, is dated no earlier than the class's end and no later than today, and has
     * a number no other certificate has (stored, or typed earlier in the same batch: {@code numbers}).
     */
    private void checkResult(Problems problems, String prefix, ClassRow cls, ParticipantResult result,
            Long participantId, Set<String> numbers) {
        LocalDate today = scope.today();
        String number = result.certificateNumber();
        LocalDate date = result.certificateDate();
        if (date != null && date.isAfter(today)) {
            problems.refuse(prefix + "certificateDate", "validation.future", VietnameseDates.format(date));
        }
        if (result.completed() && cls.endDate().isAfter(today)) {
            problems.refuse(prefix + "completed", "participant.classNotEnded", VietnameseDates.format(cls.endDate()));
        }
        if (number != null && !result.completed()) {
            problems.refuse(prefix + "certificateNumber", "participant.certificate.notCompleted");
        }
        if (date != null && date.isBefore(cls.endDate())) {
            problems.refuse(prefix + "certificateDate", "participant.certificate.beforeEnd",
                    VietnameseDates.format(cls.endDate()));
        }
        if (number != null) {
            boolean typedTwice = !numbers.add(number);
            Optional<Long> holder = store.certificateHolder(number);
            if (typedTwice || holder.isPresent() && !holder.get().equals(participantId)) {
                problems.refuse(prefix + "certificateNumber", "participant.certificate.taken", number);
            }
        }
    }

    private void announce(long personId, long classId, ParticipantResult result) {
        if (result.completed() && result.certificateDate() != null) {
            events.publishEvent(new ClassCompleted(personId, classId, result.certificateDate()));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
