package vn.ptdv.membership.internal;

import java.util.regex.Pattern;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * What the member pages and the API receive, as typed (every value text, so that a wrong one is
 * shown back under its field), and how each is read into its command at the edge.
 */
final class MembershipForms {
    static final Pattern CARD = Pattern.compile("[0-9A-Za-z./-]{4,20}");
    static final int MAX_NAME = 255;
    static final int MAX_NOTE = 1000;

    private MembershipForms() {
    }

    /**
     * Registering a member: an existing person ({@code personId}) or a new one ({@code person});
     * {@code memberSince} is when they started to be counted in the organization (the admission
     * by default); {@code arrivedFrom} names the party organization outside ptdv they came from.
     */
    record MemberForm(Long personId, PersonDetails person, String organizationCode, String decidedOn,
            String admittedOn, String memberSince, String admittingOrganizationCode, String officialOn,
            String partyCardNumber, String arrivedFrom) {

        static MemberForm blank(String cellCode, Long personId) {
            return new MemberForm(personId, personId == null ? PersonDetails.blank(cellCode) : null, cellCode, null,
                    null, null, null, null, null, null);
        }

        RegisterMember parse(DateInput dateInput) {
            Problems problems = new Problems("member");
            PersonChoice choice = PersonChoice.parse(personId, person, dateInput, problems);
            String organization = problems.required("organizationCode", organizationCode);
            var decided = problems.date("decidedOn", decidedOn, false, dateInput);
            var admitted = problems.date("admittedOn", admittedOn, false, dateInput);
            if (Problems.optional(decidedOn) == null && Problems.optional(admittedOn) == null) {
                problems.malformed("admittedOn", "member.admission.oneDate");
            }
            var since = problems.date("memberSince", memberSince, false, dateInput);
            var official = problems.date("officialOn", officialOn, false, dateInput);
            String card = card(problems, partyCardNumber);
            String from = problems.maxLength("arrivedFrom", SearchText.normalizeName(Problems.optional(arrivedFrom)),
                    MAX_NAME);
            problems.throwIfAny();
            return new RegisterMember(choice, organization, decided, admitted, since,
                    Problems.optional(admittingOrganizationCode), official, card, from);
        }
    }

    /** A movement to record on a member. */
    record MovementForm(String type, String date, String toOrganizationCode, String toOutside, String note,
            Integer version) {

        static MovementForm blank(int version) {
            return new MovementForm(null, null, null, null, null, version);
        }

        RecordMovement parse(long memberId, DateInput dateInput) {
            Problems problems = new Problems("movement");
            MovementType kind = problems.oneOf("type", type, MovementType.class, true);
            var on = problems.date("date", date, true, dateInput);
            String outside = problems.maxLength("toOutside", SearchText.normalizeName(Problems.optional(toOutside)),
                    MAX_NAME);
            String text = problems.maxLength("note", Problems.optional(note), MAX_NOTE);
            String target = Problems.optional(toOrganizationCode);
            if (kind == MovementType.TRANSFER && target == null) {
                problems.malformed("toOrganizationCode", "validation.required");
            }
            problems.throwIfAny();
            return new RecordMovement(memberId, kind, on, target, outside, text, version);
        }
    }

    /** The answer to a transfer request: a reason, required when it is declined. */
    record TransferAnswerForm(String reason) {

        static TransferAnswerForm blank() {
            return new TransferAnswerForm(null);
        }

        AnswerTransfer parse(long requestId, TransferState answer) {
            Problems problems = new Problems("transfer");
            String text = problems.maxLength("reason", Problems.optional(reason), MAX_NOTE);
            if (answer == TransferState.DECLINED && Problems.optional(reason) == null) {
                problems.malformed("reason", "validation.required");
            }
            problems.throwIfAny();
            return new AnswerTransfer(requestId, answer, text);
        }
    }

    /** The official date and the party card, corrected. */
    record MemberEditForm(String officialOn, String partyCardNumber, Integer version) {

        static MemberEditForm of(MemberRow member) {
            return new MemberEditForm(vn.ptdv.calendar.VietnameseDates.format(member.officialOn()),
                    member.partyCardNumber(), member.version());
        }

        UpdateMember parse(long memberId, DateInput dateInput) {
            Problems problems = new Problems("member");
            var official = problems.date("officialOn", officialOn, false, dateInput);
            String card = card(problems, partyCardNumber);
            problems.throwIfAny();
            return new UpdateMember(memberId, official, card, version);
        }
    }

    private static String card(Problems problems, String value) {
        String card = Problems.optional(value);
        if (card != null && !CARD.matcher(card).matches()) {
            problems.malformed("partyCardNumber", "member.card.format", card);
        }
        return card;
    }
}
