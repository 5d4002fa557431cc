package vn.ptdv.admission;

import java.util.ArrayList;
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
        return builder(step, date).build();
    }

    /** A step on a date (ISO), its fields added one by one. */
    public static Builder builder(StepCode step, String date) {
        return new Builder(step, date);
    }

    /** Builds a step for code that records steps (the demo dataset, other modules). */
    public static final class Builder {
        private final StepCode step;
        private final String date;
        private final List<IntroducerInput> introducers = new ArrayList<>();
        private String conclusion;
        private String officialMembers;
        private String committeeMembers;
        private String votesFor;
        private String decisionNumber;
        private String reason;
        private String place;
        private String certificateNumber;

        private Builder(StepCode step, String date) {
            this.step = step;
            this.date = date;
        }

        public Builder introducer(long memberId, String knownSince) {
            introducers.add(new IntroducerInput(String.valueOf(memberId), knownSince));
            return this;
        }

        public Builder conclusion(String text) {
            conclusion = text;
            return this;
        }

        /** The cell's vote: official members and votes for. */
        public Builder cellVote(int members, int votes) {
            officialMembers = String.valueOf(members);
            votesFor = String.valueOf(votes);
            return this;
        }

        /** The committee's vote: its members and votes for. */
        public Builder committeeVote(int members, int votes) {
            committeeMembers = String.valueOf(members);
            votesFor = String.valueOf(votes);
            return this;
        }

        public Builder decision(String number) {
            decisionNumber = number;
            return this;
        }

        public Builder reason(String text) {
            reason = text;
            return this;
        }

        public Builder place(String text) {
            place = text;
            return this;
        }

        public Builder certificate(String number) {
            certificateNumber = number;
            return this;
        }

        public StepInput build() {
            return new StepInput(step.name(), date, null, introducers, null, conclusion, officialMembers,
                    committeeMembers, votesFor, null, decisionNumber, null, reason, null, null, place,
                    certificateNumber, null, null, null, null, null);
        }
    }
}
