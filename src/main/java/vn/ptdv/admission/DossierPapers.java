package vn.ptdv.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.organization.OrganizationRef;

/**
 * What a dossier's forms are filled from: the applicant, where the dossier stands and each step
 * of its procedure — recorded (its date and what it records) or still to come — with the body
 * that owns it on the tree of the step's date (today's for a step to come): the cell, the
 * grassroots committee, or the authority that decides (a recorded decision's issuer).
 *
 * @param probationEnd the first day as an official member, once the ceremony is recorded
 */
public record DossierPapers(long dossierId, PersonRef person, DossierState state, OrganizationRef cell,
        LocalDate probationEnd, List<Paper> steps) {

    /** How a recorded vote came out, by the share the regulation asks (two thirds of those entitled). */
    public enum Outcome {
        PASSED,
        /** Two thirds against. */
        REJECTED,
        /** Neither side reached two thirds: the body votes again. */
        UNDECIDED
    }

    /**
     * A step of the dossier's procedure: {@code date} and {@code data} are null while it is not
     * recorded; {@code body} owns it on {@code bodyDay} (the step's date, or today); {@code outcome}
     * is that of a recorded vote, else null.
     */
    public record Paper(StepCode step, LocalDate date, StepData data, OrganizationRef body, LocalDate bodyDay,
            Outcome outcome) {
        public boolean recorded() {
            return date != null;
        }
    }

    /** The step, if the dossier's procedure has it. */
    public Optional<Paper> step(StepCode step) {
        return steps.stream().filter(p -> p.step() == step).findFirst();
    }

    /** The forms the dossier offers (no committee's resolutions for a grassroots cell, no drafts once it is closed). */
    public List<AdmissionForm> forms() {
        return AdmissionForm.offered(steps.stream().map(Paper::step).toList(),
                s -> step(s).map(Paper::recorded).orElse(false), state.open());
    }
}
