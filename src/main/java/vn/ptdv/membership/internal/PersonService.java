package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/** Use cases of people: register, correct, find in scope. */
@Service
class PersonService {
    private static final Pattern EDUCATION = Pattern.compile("(\\d{1,2})/(10|12)");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");

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
    Saved create(PersonDetails input, DateInput dateInput) {
        Problems problems = new Problems("person");
        PersonData data = validate(input, dateInput, problems, null);
        problems.throwIfAny();
        return new Saved(insert(data), warnings(data));
    }

    /** Stores checked data (the caller validated it with {@link #validate}). */
    PersonRow insert(PersonData data) {
        long id = store.insert(data, now(), scope.user().username());
        audit.record("PERSON_CREATED", "person", String.valueOf(id), data.residenceOrganizationId(),
                "name=" + data.fullName());
        return store.findById(id).orElseThrow();
    }

    @Transactional
    Saved update(long id, PersonDetails input, Integer version, DateInput dateInput) {
        PersonRow current = requireVisible(id);
        organizations.findById(current.residenceOrganizationId()).ifPresent(scope::requireWritable);
        if (version != null && version != current.version()) {
            throw new ConflictException("error.conflict.person", current.fullName());
        }
        Problems problems = new Problems("person");
        PersonData data = validate(input, dateInput, problems, id);
        problems.throwIfAny();
        if (!store.update(id, current.version(), data, now(), scope.user().username())) {
            throw new ConflictException("error.conflict.person", current.fullName());
        }
        audit.record("PERSON_UPDATED", "person", String.valueOf(id), data.residenceOrganizationId(),
                "name=" + data.fullName());
        return new Saved(store.findById(id).orElseThrow(), warnings(data));
    }

    @Transactional(readOnly = true)
    PersonRow requireVisible(long id) {
        return store.findById(id).filter(p -> store.visible(id, scope.sql(), scope.today()))
                .orElseThrow(() -> new NotFoundException("person.notFound", id));
    }

    @Transactional(readOnly = true)
    PageResult<PersonRow> search(String query, int page, int size) {
        return store.search(scope.sql(), scope.today(), Problems.optional(query), page, size);
    }

    List<NationalIdCheck.Warning> warnings(PersonRow person) {
        return NationalIdCheck.warnings(person.nationalId(), person.gender(), person.birthDate());
    }

    private static List<NationalIdCheck.Warning> warnings(PersonData data) {
        return NationalIdCheck.warnings(data.nationalId(), data.gender(), data.birthDate());
    }

    /** Checks a person's data, adding what is wrong to the problems; null when something is. */
    PersonData validate(PersonDetails input, DateInput dateInput, Problems problems, Long existingId) {
        int before = problems.list().size();
        LocalDate today = scope.today();
        String fullName = SearchText.normalizeName(problems.required("fullName", input.fullName()));
        problems.maxLength("fullName", fullName, 255);
        LocalDate birthDate = problems.pastDate("birthDate", input.birthDate(), true, dateInput, today);
        Gender gender = problems.oneOf("gender", input.gender(), Gender.class, true);
        String nationalId = Problems.optional(input.nationalId());
        if (nationalId != null) {
            nationalId = nationalId.replace(" ", "");
            if (!NationalIdCheck.wellFormed(nationalId)) {
                problems.malformed("nationalId", "person.nationalId.format", input.nationalId().strip());
            } else {
                Optional<Long> holder = store.idByNationalId(nationalId);
                if (holder.isPresent() && !holder.get().equals(existingId)) {
                    problems.refuse("nationalId", "person.nationalId.taken", nationalId);
                }
            }
        }
        String ethnicity = problems.required("ethnicity", input.ethnicity());
        if (ethnicity != null && !Ethnicity.isKnown(ethnicity)) {
            problems.malformed("ethnicity", "person.ethnicity.unknown", ethnicity);
        }
        Religion religion = problems.oneOf("religion", input.religion(), Religion.class, true);
        String education = Problems.optional(input.generalEducation());
        if (education != null) {
            Matcher matcher = EDUCATION.matcher(education);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1
                    || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
                problems.malformed("generalEducation", "person.education.format", education);
            }
        }
        String qualification = problems.maxLength("qualification", Problems.optional(input.qualification()), 255);
        String occupation = problems.maxLength("occupation", Problems.optional(input.occupation()), 255);
        String address = problems.maxLength("residenceAddress", Problems.optional(input.residenceAddress()), 255);
        String phone = Problems.optional(input.phone());
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.replaceAll("\\D", "").length() < 8)) {
            problems.malformed("phone", "person.phone.format", phone);
        }
        OrganizationRef residence = null;
        String residenceCode = problems.required("residenceOrganizationCode", input.residenceOrganizationCode());
        if (residenceCode != null) {
            residence = organizations.findByCode(residenceCode).filter(o -> scope.canSee(o.id())).orElse(null);
            if (residence == null) {
                problems.refuse("residenceOrganizationCode", "org.parent.unknown", residenceCode);
            } else if (!residence.existsOn(today)) {
                problems.refuse("residenceOrganizationCode", "org.parent.ended", residence.name(),
                        vn.ptdv.calendar.VietnameseDates.format(residence.endedOn()));
            } else {
                scope.requireWritable(residence);
            }
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new PersonData(fullName, birthDate, gender, nationalId, ethnicity, religion, education,
                SearchText.normalizeName(qualification), SearchText.normalizeName(occupation), residence.id(),
                SearchText.normalizeName(address), phone);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
