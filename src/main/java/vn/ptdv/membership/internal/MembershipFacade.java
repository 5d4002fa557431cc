package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewMember;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/** What the module's public API needs of its use cases. */
@Component
public class MembershipFacade {
    private final MemberService members;
    private final PersonService people;
    private final PersonStore personStore;
    private final MemberStore memberStore;

    MembershipFacade(MemberService members, PersonService people, PersonStore personStore, MemberStore memberStore) {
        this.members = members;
        this.people = people;
        this.personStore = personStore;
        this.memberStore = memberStore;
    }

    private record CheckedPerson(PersonData data) implements People.Checked {
    }

    private static PersonRef ref(PersonRow p) {
        return new PersonRef(p.id(), p.fullName(), p.birthDate(), p.gender(), p.nationalId(), p.ethnicity(),
                p.religion(), p.generalEducation(), p.residenceOrganizationId());
    }

    public Optional<PersonRef> findVisiblePerson(long id) {
        try {
            return Optional.of(ref(people.requireVisible(id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public Optional<PersonRef> findVisiblePersonByNationalId(String nationalId) {
        return personStore.idByNationalId(nationalId).flatMap(this::findVisiblePerson);
    }

    public Optional<People.Checked> checkPerson(PersonDetails details, DateInput dateInput, Problems problems,
            String fieldPrefix) {
        Problems nested = new Problems("person");
        PersonData data = people.validate(details, dateInput, nested, null);
        problems.absorb(nested, fieldPrefix);
        return Optional.ofNullable(data).map(CheckedPerson::new);
    }

    public PersonRef registerPerson(People.Checked person) {
        return ref(people.insert(((CheckedPerson) person).data()));
    }

    public Optional<Members.MemberRef> memberOn(long memberId, LocalDate date) {
        return memberStore.findById(memberId).flatMap(m -> memberStore.organizationOn(memberId, date)
                .map(organization -> new Members.MemberRef(m.id(), m.personId(), m.fullName(), m.admittedOn(),
                        m.officialOn(), m.endedOn(), organization)));
    }

    public List<Members.MemberRef> officialUnder(long organizationId, LocalDate date) {
        return memberStore.officialUnder(organizationId, date);
    }

    public boolean isMember(long personId, LocalDate date) {
        return memberStore.isMemberOn(personId, date);
    }

    public long register(NewMember m) {
        PersonDetails person = new PersonDetails(m.fullName(), iso(m.birthDate()), m.gender().name(), m.nationalId(),
                m.ethnicity(), m.religion().name(), m.generalEducation(), null, m.occupation(), m.cellCode(), null,
                null);
        return members.register(new MemberInput(null, person, m.cellCode(), iso(m.admittedOn()), null, null,
                iso(m.officialOn()), null, null), DateInput.API).member().id();
    }

    public Optional<PersonRef> personById(long id) {
        return personStore.findById(id).map(MembershipFacade::ref);
    }

    public Optional<Members.EndedMembership> lastEnded(long personId) {
        return memberStore.lastEnded(personId);
    }

    public long admit(long personId, String cellCode, LocalDate admittedOn) {
        return members.register(new MemberInput(personId, null, cellCode, iso(admittedOn), null, cellCode, null, null,
                null), DateInput.API).member().id();
    }

    public void recognize(long memberId, LocalDate officialOn) {
        MemberRow member = memberStore.findById(memberId).orElseThrow();
        members.update(memberId, iso(officialOn), member.partyCardNumber(), null, DateInput.API);
    }

    public void correctAdmission(long memberId, LocalDate admittedOn) {
        members.correctAdmission(memberId, admittedOn);
    }

    public void move(long memberId, MovementType type, LocalDate date, String toOrganizationCode) {
        members.move(memberId, new MovementInput(type.name(), iso(date), toOrganizationCode, null, null, null),
                DateInput.API);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
