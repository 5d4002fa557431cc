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
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;
import vn.ptdv.training.ClassCompleted;

/** Use cases of awareness classes: open a class, enroll participants, record results and certificates. */
@Service
class ClassService {
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

    record ClassInput(String name, String organizerCode, String startDate, String endDate, String place,
            Integer version) {
    }

    record ParticipantInput(Long personId, PersonDetails person, Boolean completed, String certificateNumber,
            String certificateDate) {
    }

    /** A change of one participant's result, as typed in the class's table. */
    record ResultInput(long participantId, boolean completed, String certificateNumber, String certificateDate,
            Integer version) {
    }

    @Transactional
    ClassRow create(ClassInput input, DateInput dateInput) {
        Problems problems = new Problems("class");
        Checked checked = check(input, dateInput, problems);
        problems.throwIfAny();
        long id = store.insert(checked.organizer().id(), checked.name(), checked.start(), checked.end(), checked.place(),
                now(), user());
        audit.record("CLASS_CREATED", "class", String.valueOf(id), checked.organizer().id(), "name=" + checked.name());
        return store.findById(id).orElseThrow();
    }

    @Transactional
    ClassRow update(long id, ClassInput input, DateInput dateInput) {
        ClassRow current = requireWritable(id);
        if (input.version() != null && input.version() != current.version()) {
            throw new ConflictException("error.conflict.class", current.name());
        }
        Problems problems = new Problems("class");
        Checked checked = check(input, dateInput, problems);
        if (checked != null && store.participants(id).stream().anyMatch(p -> p.certificateDate() != null
                && p.certificateDate().isBefore(checked.end()))) {
            problems.refuse("endDate", "class.end.afterCertificates");
        }
        problems.throwIfAny();
        if (!store.update(id, current.version(), checked.name(), checked.start(), checked.end(), checked.place(), now(),
                user())) {
            throw new ConflictException("error.conflict.class", current.name());
        }
        audit.record("CLASS_UPDATED", "class", String.valueOf(id), checked.organizer().id(), "name=" + checked.name());
        return store.findById(id).orElseThrow();
    }

    private record Checked(OrganizationRef organizer, String name, LocalDate start, LocalDate end, String place) {
    }

    private Checked check(ClassInput input, DateInput dateInput, Problems problems) {
        int before = problems.list().size();
        String name = SearchText.normalizeName(problems.required("name", input.name()));
        problems.maxLength("name", name, 255);
        LocalDate start = problems.date("startDate", input.startDate(), true, dateInput);
        LocalDate end = problems.date("endDate", input.endDate(), true, dateInput);
        if (start != null && end != null && end.isBefore(start)) {
            problems.refuse("endDate", "class.end.beforeStart", VietnameseDates.format(start));
        }
        String place = problems.maxLength("place", SearchText.normalizeName(Problems.optional(input.place())), 255);
        OrganizationRef organizer = null;
        String code = problems.required("organizerCode", input.organizerCode());
        if (code != null) {
            organizer = organizations.findByCode(code).filter(o -> scope.canSee(o.id())).orElse(null);
            if (organizer == null) {
                problems.refuse("organizerCode", "org.parent.unknown", code);
            } else if (!organizer.existsOn(scope.today())) {
                problems.refuse("organizerCode", "org.parent.ended", organizer.name(),
                        VietnameseDates.format(organizer.endedOn()));
            } else {
                scope.requireWritable(organizer);
            }
        }
        return problems.list().size() > before ? null : new Checked(organizer, name, start, end, place);
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
    ParticipantRow addParticipant(long classId, ParticipantInput input, DateInput dateInput) {
        ClassRow cls = requireWritable(classId);
        Problems problems = new Problems("participant");
        PersonRef person = null;
        PersonChoice choice = PersonChoice.parse(input.personId(), input.person(), dateInput, problems);
        Optional<People.Chosen> chosen = choice == null ? Optional.empty() : people.choose(choice, problems);
        person = chosen.flatMap(People.Chosen::existing).orElse(null);
        if (person != null) {
            checkPerson(problems, "personId", cls, person);
        }
        boolean completed = Boolean.TRUE.equals(input.completed());
        LocalDate certificateDate = checkResult(problems, "", cls, completed, input.certificateNumber(),
                input.certificateDate(), dateInput, null);
        problems.throwIfAny();
        person = people.store(chosen.orElseThrow());
        long id = store.insertParticipant(classId, person.id(), completed,
                Problems.optional(input.certificateNumber()), certificateDate, now(), user());
        audit.record("CLASS_PARTICIPANT_ADDED", "class", String.valueOf(classId), cls.organizerId(),
                "name=" + person.fullName());
        announce(person.id(), classId, completed, certificateDate);
        return store.participant(id).orElseThrow();
    }

    /** Enrolls people by their national identity numbers, one per line, with an optional certificate. */
    @Transactional
    int addByNationalIds(long classId, String lines, DateInput dateInput) {
        ClassRow cls = requireWritable(classId);
        Problems problems = new Problems("participant");
        List<ParticipantInput> inputs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        String[] rows = lines == null ? new String[0] : lines.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String line = rows[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[\\t;,]\\s*");
            String nationalId = cells[0].replace(" ", "");
            Optional<PersonRef> person = people.findVisibleByNationalId(nationalId);
            if (person.isEmpty()) {
                problems.refuse("lines", "participant.line.unknownPerson", i + 1, nationalId);
                continue;
            }
            String number = cells.length > 1 ? cells[1] : null;
            String date = cells.length > 2 ? cells[2] : null;
            Problems line1 = new Problems("participant");
            checkPerson(line1, "lines", cls, person.get());
            checkResult(line1, "", cls, number != null, number, date, dateInput, null);
            if (!seen.add(person.get().id())) {
                line1.refuse("lines", "participant.duplicate", person.get().fullName());
            }
            for (var p : line1.list()) {
                problems.refuse("lines", "participant.line.problem", i + 1, Problems.message(p.messageKey(),
                        p.argsArray()));
            }
            inputs.add(new ParticipantInput(person.get().id(), null, number != null, number, date));
        }
        if (inputs.isEmpty() && problems.isEmpty()) {
            problems.malformed("lines", "validation.required");
        }
        problems.throwIfAny();
        for (ParticipantInput input : inputs) {
            addParticipant(classId, input, dateInput);
        }
        return inputs.size();
    }

    /** Saves the results typed in the class's table, all or none. */
    @Transactional
    void updateResults(long classId, List<ResultInput> results, DateInput dateInput) {
        ClassRow cls = requireWritable(classId);
        Problems problems = new Problems("participant");
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ResultInput r = results.get(i);
            Optional<ParticipantRow> row = store.participant(r.participantId()).filter(p -> p.classId() == classId);
            if (row.isEmpty()) {
                throw new NotFoundException("participant.notFound", r.participantId());
            }
            if (r.version() != null && r.version() != row.get().version()) {
                throw new ConflictException("error.conflict.participant", row.get().fullName());
            }
            dates.add(checkResult(problems, "participants[" + i + "].", cls, r.completed(), r.certificateNumber(),
                    r.certificateDate(), dateInput, r.participantId()));
        }
        problems.throwIfAny();
        for (int i = 0; i < results.size(); i++) {
            ResultInput r = results.get(i);
            ParticipantRow row = store.participant(r.participantId()).orElseThrow();
            String number = Problems.optional(r.certificateNumber());
            boolean changed = row.completed() != r.completed() || !Objects.equals(row.certificateNumber(), number)
                    || !Objects.equals(row.certificateDate(), dates.get(i));
            if (!changed) {
                continue;
            }
            if (!store.updateParticipant(row.id(), row.version(), r.completed(), number, dates.get(i), now(), user())) {
                throw new ConflictException("error.conflict.participant", row.fullName());
            }
            audit.record("CLASS_RESULT_RECORDED", "class", String.valueOf(classId), cls.organizerId(),
                    "name=" + row.fullName() + "; completed=" + r.completed());
            announce(row.personId(), classId, r.completed(), dates.get(i));
        }
    }

    @Transactional
    void removeParticipant(long classId, long participantId) {
        ClassRow cls = requireWritable(classId);
        ParticipantRow row = store.participant(participantId).filter(p -> p.classId() == classId)
                .orElseThrow(() -> new NotFoundException("participant.notFound", participantId));
        store.deleteParticipant(participantId);
        audit.record("CLASS_PARTICIPANT_REMOVED", "class", String.valueOf(classId), cls.organizerId(),
                "name=" + row.fullName());
    }

    List<ParticipantRow> participants(long classId) {
        return store.participants(classId);
    }

    private void checkPerson(Problems problems, String field, ClassRow cls, PersonRef person) {
        if (store.isParticipant(cls.id(), person.id())) {
            problems.refuse(field, "participant.duplicate", person.fullName());
        } else if (members.isMember(person.id(), cls.startDate())) {
            problems.refuse(field, "participant.isMember", person.fullName());
        }
    }

    /**
     * The result's rules: a class is completed only once it has ended; a certificate needs a
     * completed class, a number and a date, no earlier than the class's end and no later than
     * today, and a number no other certificate has.
     */
    private LocalDate checkResult(Problems problems, String prefix, ClassRow cls, boolean completed, String numberText,
            String dateText, DateInput dateInput, Long participantId) {
        LocalDate today = scope.today();
        String number = problems.maxLength(prefix + "certificateNumber", Problems.optional(numberText), 40);
        LocalDate date = problems.pastDate(prefix + "certificateDate", dateText, false, dateInput, today);
        if (completed && cls.endDate().isAfter(today)) {
            problems.refuse(prefix + "completed", "participant.classNotEnded", VietnameseDates.format(cls.endDate()));
        }
        if (number != null && !completed) {
            problems.refuse(prefix + "certificateNumber", "participant.certificate.notCompleted");
        }
        if (number != null && date == null && !problems.has(prefix + "certificateDate")) {
            problems.malformed(prefix + "certificateDate", "participant.certificate.dateRequired");
        }
        if (date != null && number == null) {
            problems.malformed(prefix + "certificateNumber", "participant.certificate.numberRequired");
        }
        if (date != null && date.isBefore(cls.endDate())) {
            problems.refuse(prefix + "certificateDate", "participant.certificate.beforeEnd",
                    VietnameseDates.format(cls.endDate()));
        }
        if (number != null) {
            Optional<Long> holder = store.certificateHolder(number);
            if (holder.isPresent() && !holder.get().equals(participantId)) {
                problems.refuse(prefix + "certificateNumber", "participant.certificate.taken", number);
            }
        }
        return date;
    }

    private void announce(long personId, long classId, boolean completed, LocalDate certificateDate) {
        if (completed && certificateDate != null) {
            events.publishEvent(new ClassCompleted(personId, classId, certificateDate));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private String user() {
        return scope.user().username();
    }
}
