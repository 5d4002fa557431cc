package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/** Use cases of people: register, correct, find in scope; and people for other modules. */
@Service
class PersonService implements People {
    private final PersonStore store;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    PersonService(PersonStore store, OrganizationDirectory organizations, AccessScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored person with what looked wrong but was not refused (a CCCD that disagrees, say). */
    record Saved(PersonRow person, List<NationalIdCheck.Warning> warnings) {
    }

    @Transactional
    Saved create(NewPerson person) {
        Problems problems = new Problems("person");
        PersonData data = check(person, problems, "", null);
        problems.throwIfAny();
        return new Saved(insert(data), warnings(data));
    }

    private PersonRow insert(PersonData data) {
        long id = store.insert(data, now(), scope.user().username());
        audit.record("PERSON_CREATED", "person", String.valueOf(id), data.residenceOrganizationId(),
                null);
        return store.findById(id).orElseThrow();
    }

    @Transactional
    Saved update(long id, NewPerson person, Integer version) {
        PersonRow current = requireVisible(id);
        organizations.findById(current.residenceOrganizationId()).ifPresent(scope::requireWritable);
        if (version != null && version != current.version()) {
            throw new ConflictException("error.conflict.person", current.fullName());
        }
        Problems problems = new Problems("person");
        PersonData data = check(person, problems, "", id);
        problems.throwIfAny();
        if (!store.update(id, current.version(), data, now(), scope.user().username())) {
            throw new ConflictException("error.conflict.person", current.fullName());
        }
        audit.record("PERSON_UPDATED", "person", String.valueOf(id), data.residenceOrganizationId(),
                null);
        return new Saved(store.findById(id).orElseThrow(), warnings(data));
    }

    @Transactional(readOnly = true)
    PersonRow requireVisible(long id) {
        return store.findById(id).filter(p -> store.visible(id, scope.sql(), scope.today()))
                .orElseThrow(() -> new NotFoundException("person.notFound", id));
    }

    /**
     * The person's full national identity number, for a role that may change data, written in the
     * audit log (who, whom, when, through which action): lists and details show it masked.
     */
    @Transactional
    String revealNationalId(long id, String via) {
        PersonRow person = requireVisible(id);
        if (!scope.user().role().canWrite()) {
            throw new ForbiddenException("person.nationalId.forbidden");
        }
        audit.record("PERSON_NATIONAL_ID_VIEWED", "person", String.valueOf(id), person.residenceOrganizationId(),
                "via=" + via);
        return person.nationalId();
    }

    @Transactional(readOnly = true)
    PageResult<PersonRow> search(String query, int page, int size) {
        return store.search(scope.sql(), scope.today(), Problems.optional(query), page, size);
    }

    List<NationalIdCheck.Warning> warnings(PersonRow person) {
        return NationalIdCheck.warnings(person.nationalId(), person.gender(), person.birthDate());
    }

    static List<NationalIdCheck.Warning> warnings(PersonData data) {
        return NationalIdCheck.warnings(data.nationalId(), data.gender(), data.birthDate());
    }

    /**
     * Checks a person by the rules that need ptdv's records (born before today, a CCCD nobody
     * else holds, a residence in the user's scope), problems under {@code fieldPrefix}; null
     * when something is wrong.
     */
    PersonData check(NewPerson person, Problems into, String fieldPrefix, Long existingId) {
        Problems problems = new Problems("person");
        LocalDate today = scope.today();
        if (person.birthDate().isAfter(today)) {
            problems.refuse("birthDate", "validation.future", VietnameseDates.format(person.birthDate()));
        }
        if (person.nationalId() != null) {
            Optional<Long> holder = store.idByNationalId(person.nationalId());
            if (holder.isPresent() && !holder.get().equals(existingId)) {
                problems.refuse("nationalId", "person.nationalId.taken", person.nationalId());
            }
        }
        String field = "residenceOrganizationCode";
        OrganizationRef residence = scope.organizationForChange(problems, field, person.residenceOrganizationCode())
                .orElse(null);
        if (residence != null && !residence.existsOn(today)) {
            problems.refuse(field, "org.parent.ended", residence.name(), VietnameseDates.format(residence.endedOn()));
        }
        into.absorb(problems, fieldPrefix);
        if (!problems.isEmpty()) {
            return null;
        }
        return new PersonData(person.fullName(), person.birthDate(), person.gender(), person.nationalId(),
                person.ethnicity(), person.religion(), person.generalEducation(), person.qualification(),
                person.occupation(), residence.id(), person.residenceAddress(), person.phone(),
                person.occupationCategory(), person.professionalLevel(), person.politicalTheory(),
                person.youthUnionMember());
    }

    // --- People, for other modules ---

    private record ExistingPerson(PersonRef person) implements Chosen {
        @Override
        public Optional<PersonRef> existing() {
            return Optional.of(person);
        }
    }

    private record CheckedPerson(PersonData data) implements Chosen {
        @Override
        public Optional<PersonRef> existing() {
            return Optional.empty();
        }
    }

    static PersonRef ref(PersonRow p) {
        return new PersonRef(p.id(), p.fullName(), p.birthDate(), p.gender(), p.nationalId(), p.ethnicity(),
                p.religion(), p.generalEducation(), p.residenceOrganizationId());
    }

    @Override
    public Optional<PersonRef> findVisible(long id) {
        return store.findById(id).filter(p -> store.visible(id, scope.sql(), scope.today())).map(PersonService::ref);
    }

    @Override
    public Optional<PersonRef> forChange(Problems problems, String field, long id) {
        return scope.forChangeWhere(problems, field, id, store.findById(id).map(PersonService::ref),
                p -> store.visible(id, scope.sql(), scope.today()));
    }

    @Override
    public Optional<PersonRef> byId(long id) {
        return store.findById(id).map(PersonService::ref);
    }

    @Override
    public Optional<PersonRef> findVisibleByNationalId(String nationalId) {
        return store.idByNationalId(nationalId).flatMap(this::findVisible);
    }

    @Override
    public Optional<PersonRef> forChangeByNationalId(Problems problems, String field, String nationalId) {
        return scope.forChangeWhere(problems, field, nationalId,
                store.idByNationalId(nationalId).flatMap(store::findById).map(PersonService::ref),
                p -> store.visible(p.id(), scope.sql(), scope.today()));
    }

    @Override
    public Optional<Chosen> choose(PersonChoice choice, Problems problems) {
        if (choice instanceof PersonChoice.Existing existing) {
            return forChange(problems, "personId", existing.personId()).map(ExistingPerson::new);
        }
        PersonData data = check(((PersonChoice.New) choice).person(), problems, "person.", null);
        return Optional.ofNullable(data).map(CheckedPerson::new);
    }

    @Override
    public PersonRef store(Chosen chosen) {
        if (chosen instanceof ExistingPerson existing) {
            return existing.person();
        }
        return ref(insert(((CheckedPerson) chosen).data()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
