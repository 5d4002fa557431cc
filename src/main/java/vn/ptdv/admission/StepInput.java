package vn.ptdv.admission;

import java.util.List;

/**
 * A step of a dossier as typed on a page or sent to the API: the step's code, its date (when it
 * really happened; it may lie in the past), and the fields of that step — numbers and dates as
 * text, so that a wrong value is answered under its field. {@code correctionReason} is for a
 * correction of a recorded step.
 */
public record StepInput(String step, String date, String note, List<IntroducerInput> introducers, UnionInput union,
        String conclusion, String officialMembers, String committeeMembers, String votesFor, String votesAgainst,
        String decisionNumber, String issuerCode, String reason, String decisionReceivedOn, String superiorConsent,
        String place, String certificateNumber, String olderConsent, String educationException,
        String extensionReason, String opinion, String correctionReason) {

    public StepInput {
        introducers = introducers == null ? List.of() : List.copyOf(introducers);
    }

    /** An official member introducing the applicant and since when they know them. */
    public record IntroducerInput(String memberId, String knownSince) {
    }

    /** The Youth Union's ({@code YOUTH_UNION}) or trade union's ({@code TRADE_UNION}) resolution introducing the applicant. */
    public record UnionInput(String type, String resolutionDate) {
    }

    /** A step with its date and nothing else (an application, a personal history form). */
    public static StepInput of(StepCode step, String date) {
        return new StepInput(step.name(), date, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
