package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.Optional;
import vn.ptdv.training.Certificate;

/** What the rules know about the applicant and the world beyond the dossier. */
public interface Facts {

    LocalDate birthDate();

    /** As "9/12"; null when not recorded. */
    String generalEducation();

    Optional<Certificate> certificateOn(LocalDate date);

    /** A member introducer on the date: whether official, and their grassroots organization. */
    Optional<IntroducerFacts> introducer(long memberId, LocalDate date);

    /** The grassroots organization of the dossier's cell on the date. */
    Optional<Long> grassrootsOfCell(LocalDate date);

    /** The applicant's last membership, if they were a member before. */
    Optional<PastMembership> pastMembership();

    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    /** How old, in months, the application and introductions may be at the cell's vote. */
    int papersValidityMonths();

    /** Up to which age the Youth Union may introduce (tuổi đoàn). */
    int youthUnionAge();

    record IntroducerFacts(long memberId, String fullName, boolean official, Long grassrootsId) {
    }

    /** How the applicant's earlier membership ended: "REMOVAL", "LEAVE", "EXPULSION"… */
    record PastMembership(LocalDate endedOn, String reason) {
    }
}
