package vn.ptdv.admission;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What a step records besides its date, typed by what the step is: a cell's vote, a committee's
 * resolution, a decision, a ceremony… The procedure's table says which kind each step takes;
 * the field names are those of the API and the pages.
 */
public sealed interface StepData permits StepData.NoData, StepData.Introduction, StepData.BackgroundCheck,
        StepData.CommitteeReview, StepData.ProposalVote, StepData.CellVote, StepData.CommitteeVote,
        StepData.Decision, StepData.Refusal, StepData.Removal, StepData.Ceremony, StepData.NewMemberClass,
        StepData.Reason {

    /** A step that records its date only (an application, a personal history form, the comments). */
    NoData NONE = new NoData();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NoData() implements StepData {
    }

    /** Two official members, or a union's executive committee and one member, introduce the applicant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Introduction(List<Introducer> introducers, UnionIntroduction union) implements StepData {
        public Introduction {
            introducers = introducers == null ? List.of() : List.copyOf(introducers);
        }

        /** Introduced by members only. */
        public static Introduction byMembers(List<Introducer> introducers) {
            return new Introduction(introducers, null);
        }
    }

    /** A member introducing the applicant, and since when they know them (worked, studied or lived together). */
    record Introducer(long memberId, LocalDate knownSince) {
    }

    /** The Youth Union's or the trade union's executive committee introducing the applicant by a resolution. */
    record UnionIntroduction(UnionType type, LocalDate resolutionDate) {
        public boolean youthUnion() {
            return type == UnionType.YOUTH_UNION;
        }
    }

    enum UnionType {
        YOUTH_UNION,
        TRADE_UNION
    }

    /** The grassroots committee's conclusion of the background check. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BackgroundCheck(String conclusion) implements StepData {
    }

    /** The partial committee's opinion on the cell's proposal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommitteeReview(String opinion) implements StepData {
    }

    /** A vote of a cell or a committee: how many may vote, how many voted for, and against (when counted). */
    interface Vote {
        /** Those entitled to vote: the official members of the cell, or the committee's members. */
        int entitled();

        int votesFor();

        Integer votesAgainst();

        /** Votes against, or when not counted, everyone entitled who did not vote for. */
        default int againstOrRest() {
            return votesAgainst() != null ? votesAgainst() : entitled() - votesFor();
        }
    }

    /**
     * The cell's resolution proposing the admission, with what the applicant's eligibility may
     * need: the provincial standing committee's consent for an applicant over 60, the ground for
     * primary school (or literacy, with the provincial consent) where the regulation allows it,
     * and, for a former member, how they left and the consent to re-admit them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProposalVote(int officialMembers, int votesFor, Integer votesAgainst, String olderConsent,
            String educationException, String literacyConsent, Readmission readmission) implements StepData, Vote {

        public static ProposalVote of(int officialMembers, int votesFor) {
            return new ProposalVote(officialMembers, votesFor, null, null, null, null, null);
        }

        @Override
        public int entitled() {
            return officialMembers;
        }
    }

    /**
     * A former member applying again: why they left (some grounds are never re-admitted), when a
     * criminal record was cleared, whether they were re-admitted once already, and the provincial
     * standing committee's written consent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Readmission(LeaveReason leftBecause, LocalDate criminalRecordClearedOn, Boolean readmittedBefore,
            String consent) {
    }

    /** Why a former member left the Party, as the regulation on re-admission distinguishes them. */
    enum LeaveReason {
        /** Asked to leave for a family in great hardship: may be re-admitted. */
        FAMILY_HARDSHIP,
        /** Convicted of a less serious crime: 60 months after the record is cleared. */
        MINOR_CRIME,
        /** Any other ground the regulation does not exclude. */
        OTHER,
        /** Left the cell's activities of their own accord: never re-admitted. */
        ABANDONED_ACTIVITIES,
        /** Asked to leave for another reason: never re-admitted. */
        ASKED_TO_LEAVE,
        /** Caused serious disunity: never re-admitted. */
        SERIOUS_DISUNITY,
        /** Convicted of corruption: never re-admitted. */
        CORRUPTION,
        /** Convicted of a serious crime or worse: never re-admitted. */
        SERIOUS_CRIME;

        public boolean neverReadmitted() {
            return this != FAMILY_HARDSHIP && this != MINOR_CRIME && this != OTHER;
        }
    }

    /** The cell's vote on recognizing a probationary member as official. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CellVote(int officialMembers, int votesFor, Integer votesAgainst) implements StepData, Vote {
        @Override
        public int entitled() {
            return officialMembers;
        }
    }

    /** The grassroots committee's resolution: its members and their votes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommitteeVote(int committeeMembers, int votesFor, Integer votesAgainst) implements StepData, Vote {

        public static CommitteeVote of(int committeeMembers, int votesFor) {
            return new CommitteeVote(committeeMembers, votesFor, null);
        }

        @Override
        public int entitled() {
            return committeeMembers;
        }
    }

    /** A step issued by an authority: which body issued it and, when late, why it was extended. */
    interface Issued {
        String issuerCode();

        String extensionReason();

        /** The same, issued by the organization with this code. */
        StepData issuedBy(String code);
    }

    /** An admission or recognition decision: its number, the issuing body, why it came late. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Decision(String decisionNumber, String issuerCode, String extensionReason) implements StepData, Issued {

        public static Decision numbered(String decisionNumber) {
            return new Decision(decisionNumber, null, null);
        }

        @Override
        public Decision issuedBy(String code) {
            return new Decision(decisionNumber, code, extensionReason);
        }
    }

    /** The authority's refusal to admit, and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Refusal(String reason, String issuerCode, String extensionReason) implements StepData, Issued {
        @Override
        public Refusal issuedBy(String code) {
            return new Refusal(reason, code, extensionReason);
        }
    }

    /** The decision removing a probationary member (xóa tên), and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Removal(String decisionNumber, String issuerCode, String extensionReason, String reason)
            implements StepData, Issued {
        @Override
        public Removal issuedBy(String code) {
            return new Removal(decisionNumber, code, extensionReason, reason);
        }
    }

    /**
     * The ceremony: when the cell received the decision (its signing day when not given), the
     * direct superior's consent to a late ceremony, the place, the collective ceremony it was part of.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ceremony(LocalDate decisionReceivedOn, String superiorConsent, String place, Long ceremonyId)
            implements StepData {

        public static Ceremony at(String place) {
            return new Ceremony(null, null, place, null);
        }
    }

    /** The certificate of the new-member class. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewMemberClass(String certificateNumber) implements StepData {
    }

    /** Why a dossier was stopped or reopened. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reason(String reason) implements StepData {
    }
}
