package vn.ptdv.admission.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What a step records besides its date, by step: introducers, votes, a decision's number, a
 * reason… Fields a step does not use stay null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record StepData(List<Introducer> introducers, UnionIntroduction union, String conclusion,
        Integer officialMembers, Integer committeeMembers, Integer votesFor, Integer votesAgainst, String decisionNumber,
        String issuerCode, String reason, LocalDate decisionReceivedOn, String superiorConsent, Long ceremonyId,
        String place, String certificateNumber, String olderConsent, String educationException,
        String extensionReason, String opinion) {

    public static final StepData EMPTY = new StepData(List.of(), null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    public StepData {
        introducers = introducers == null ? List.of() : List.copyOf(introducers);
    }

    /** A member introducing the applicant, and since when they know them (worked, studied or lived together). */
    public record Introducer(long memberId, LocalDate knownSince) {
    }

    /** The Youth Union's or trade union's executive committee introducing the applicant by a resolution. */
    public record UnionIntroduction(String type, LocalDate resolutionDate) {
        public boolean youthUnion() {
            return "YOUTH_UNION".equals(type);
        }
    }

    /** The same data, issued by the organization with this code. */
    public StepData withIssuerCode(String code) {
        return new StepData(introducers, union, conclusion, officialMembers, committeeMembers, votesFor, votesAgainst,
                decisionNumber, code, reason, decisionReceivedOn, superiorConsent, ceremonyId, place,
                certificateNumber, olderConsent, educationException, extensionReason, opinion);
    }

    /** Votes against, or when not given, every official member who did not vote for. */
    public Integer votesAgainstOrRest() {
        if (votesAgainst != null) {
            return votesAgainst;
        }
        return votesFor == null || officialMembers == null ? null : officialMembers - votesFor;
    }

    /** Whether the vote reached two thirds of those entitled to vote. */
    public static boolean twoThirds(Integer votesFor, Integer entitled) {
        return votesFor != null && entitled != null && entitled > 0 && votesFor * 3 >= entitled * 2;
    }
}
