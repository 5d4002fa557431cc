package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.admission.StepCode;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.training.Certificate;

/** What the rules know about the applicant and the world beyond the dossier, from ptdv's own records. */
public interface Facts {

    LocalDate birthDate();

    /** As "9/12"; null when not recorded. */
    String generalEducation();

    Optional<Certificate> certificateOn(LocalDate date);

    /** A member introducer on the date: whether official, their organization and grassroots organization. */
    Optional<IntroducerFacts> introducer(long memberId, LocalDate date);

    /** The grassroots organization of the dossier's cell on the date. */
    Optional<Long> grassrootsOfCell(LocalDate date);

    /** The applicant's last membership, if they were a member before. */
    Optional<PastMembership> pastMembership();

    /** Whether ptdv's own dossiers show the applicant re-admitted once already. */
    boolean readmittedBefore();

    /**
     * How many official members ptdv's register counts in the dossier's cell on the date; empty
     * when it counts none (no register of that cell to compare with).
     */
    Optional<Integer> officialMembersOfCell(LocalDate date);

    /** The body with the power to record the step on the date, on the tree as it stood then. */
    Optional<OrganizationRef> ownerOn(StepCode step, LocalDate date);

    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    record IntroducerFacts(long memberId, String fullName, boolean official, long organizationId, Long grassrootsId) {
    }

    /** How the applicant's earlier membership ended: "REMOVAL", "LEAVE", "EXPULSION"… */
    record PastMembership(LocalDate endedOn, String reason) {

        /** Ended by leaving the Party (removed, expelled, left), not by a transfer or death. */
        public boolean leftTheParty() {
            return endedOn != null && ("REMOVAL".equals(reason) || "LEAVE".equals(reason)
                    || "EXPULSION".equals(reason));
        }
    }
}
