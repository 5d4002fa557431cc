package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.admission.internal.rules.Facts;
import vn.ptdv.calendar.WorkingDays;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.training.Certificate;
import vn.ptdv.training.Certificates;

/** What the rules know of an applicant, asked of the modules that own it. */
final class DossierFacts implements Facts {
    private final PersonRef person;
    private final long cellId;
    private final Members members;
    private final Certificates certificates;
    private final OrganizationDirectory organizations;
    private final WorkingDays workingDays;
    private final AdmissionSettings settings;

    DossierFacts(PersonRef person, long cellId, Members members, Certificates certificates,
            OrganizationDirectory organizations, WorkingDays workingDays, AdmissionSettings settings) {
        this.person = person;
        this.cellId = cellId;
        this.members = members;
        this.certificates = certificates;
        this.organizations = organizations;
        this.workingDays = workingDays;
        this.settings = settings;
    }

    @Override
    public LocalDate birthDate() {
        return person.birthDate();
    }

    @Override
    public String generalEducation() {
        return person.generalEducation();
    }

    @Override
    public Optional<Certificate> certificateOn(LocalDate date) {
        return certificates.validOn(person.id(), date);
    }

    @Override
    public Optional<IntroducerFacts> introducer(long memberId, LocalDate date) {
        return members.onDate(memberId, date).map(m -> new IntroducerFacts(m.id(), m.fullName(), m.officialOn(date),
                organizations.grassrootsOf(m.organizationId(), date).map(OrganizationRef::id).orElse(null)));
    }

    @Override
    public Optional<Long> grassrootsOfCell(LocalDate date) {
        return organizations.grassrootsOf(cellId, date).map(OrganizationRef::id);
    }

    @Override
    public Optional<PastMembership> pastMembership() {
        return members.lastEnded(person.id()).map(e -> new PastMembership(e.endedOn(), e.reason().name()));
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        return workingDays.plusWorkingDays(date, days);
    }

    @Override
    public int papersValidityMonths() {
        return settings.papersValidityMonths();
    }

    @Override
    public int youthUnionAge() {
        return settings.youthUnionAge();
    }
}
