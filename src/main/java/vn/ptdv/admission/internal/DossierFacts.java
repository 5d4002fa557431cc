package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.internal.rules.Facts;
import vn.ptdv.calendar.WorkingDays;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.training.Certificate;
import vn.ptdv.training.Certificates;

/** What the rules know of an applicant and their dossier, asked of the modules that own it. */
final class DossierFacts implements Facts {
    private final PersonRef person;
    private final long cellId;
    private final Members members;
    private final Certificates certificates;
    private final OrganizationDirectory organizations;
    private final BiFunction<StepCode, LocalDate, Optional<OrganizationRef>> owners;
    private final WorkingDays workingDays;
    private final BooleanSupplier readmittedBefore;

    /**
     * @param owners the body that owns a step on a date, on the tree of that date, for the kind of dossier judged
     */
    DossierFacts(PersonRef person, long cellId, Members members, Certificates certificates,
            OrganizationDirectory organizations, BiFunction<StepCode, LocalDate, Optional<OrganizationRef>> owners,
            WorkingDays workingDays, BooleanSupplier readmittedBefore) {
        this.person = person;
        this.cellId = cellId;
        this.members = members;
        this.certificates = certificates;
        this.organizations = organizations;
        this.owners = owners;
        this.workingDays = workingDays;
        this.readmittedBefore = readmittedBefore;
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
                m.organizationId(), organizations.grassrootsOf(m.organizationId(), date).map(OrganizationRef::id)
                        .orElse(null)));
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
    public boolean readmittedBefore() {
        return readmittedBefore.getAsBoolean();
    }

    @Override
    public Optional<Integer> officialMembersOfCell(LocalDate date) {
        int count = (int) members.officialUnder(cellId, date).stream().filter(m -> m.officialOn(date)).count();
        return count == 0 ? Optional.empty() : Optional.of(count);
    }

    @Override
    public Optional<OrganizationRef> ownerOn(StepCode step, LocalDate date) {
        return owners.apply(step, date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        return workingDays.plusWorkingDays(date, days);
    }
}
