package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.AdmissionDates;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.Problems;

/**
 * The rules of registering a member, as one function of the command and of what ptdv's records
 * say — so that a member registered on a page, through the API, or from a row of an imported
 * workbook is checked by the same rules. The records are asked through {@link Records}: one
 * question at a time for a page, answered from values loaded for the whole file by an import.
 */
final class MemberRegistration {
    static final int ADULT_AGE = 18;
    static final int PROBATION_MONTHS = 12;

    private MemberRegistration() {
    }

    /** What the rules ask of ptdv's records. */
    interface Records {
        /**
         * The organization with the code that the user may register members in (in scope, writable);
         * otherwise refused under the field as {@code AccessScope.forChange} refuses.
         */
        Optional<OrganizationRef> organizationForChange(Problems problems, String field, String code);

        /** Any organization with the code (the one that admitted an arriving member may lie outside the user's scope). */
        Optional<OrganizationRef> organization(String code);

        /** The first day the organization existed. */
        Optional<LocalDate> existsFrom(OrganizationRef organization);

        boolean hasOpenMembership(long personId);

        Optional<LocalDate> lastMembershipEnd(long personId);

        boolean cardTaken(String card);
    }

    /** A warning stored alongside the record: shown, never refused. */
    record Warning(String code, String messageKey, List<Object> args) {
    }

    /** The registration as it will be stored. */
    record Checked(OrganizationRef cell, OrganizationRef admitting, LocalDate decidedOn, LocalDate admittedOn,
            AdmissionDates known, LocalDate memberSince, LocalDate officialOn, String card, String arrivedFrom) {
    }

    /**
     * Checks the registration of a person born on {@code birthDate} ({@code existing} when the
     * person is already in ptdv), adding refusals to {@code problems} and warnings to
     * {@code warnings}; null when something is refused.
     */
    static Checked check(RegisterMember input, LocalDate birthDate, PersonRef existing, Records records,
            LocalDate today, Problems problems, List<Warning> warnings) {
        int before = problems.list().size();
        OrganizationRef cell = cell(problems, records, "organizationCode", input.organizationCode(), today);
        LocalDate decidedOn = notFuture(problems, "decidedOn", input.decidedOn(), today);
        LocalDate ceremony = notFuture(problems, "admittedOn", input.admittedOn(), today);
        AdmissionDates known = decidedOn != null && ceremony != null ? AdmissionDates.BOTH
                : decidedOn != null ? AdmissionDates.DECISION_ONLY : AdmissionDates.CEREMONY_ONLY;
        if (decidedOn == null && ceremony == null && !problems.has("decidedOn") && !problems.has("admittedOn")) {
            problems.malformed("admittedOn", "member.admission.oneDate");
        }
        if (decidedOn != null && ceremony != null && ceremony.isBefore(decidedOn)) {
            problems.refuse("admittedOn", "member.admittedOn.beforeDecision", VietnameseDates.format(decidedOn));
        }
        LocalDate admittedOn = ceremony != null ? ceremony : decidedOn;
        LocalDate decision = decidedOn != null ? decidedOn : ceremony;
        if (decision != null && birthDate != null) {
            String field = decidedOn != null ? "decidedOn" : "admittedOn";
            LocalDate adult = birthDate.plusYears(ADULT_AGE);
            if (!decision.isAfter(birthDate)) {
                problems.refuse(field, "member.admittedOn.beforeBirth", VietnameseDates.format(birthDate));
            } else if (decision.isBefore(adult)) {
                problems.refuse(field, "member.admittedOn.underage", VietnameseDates.format(adult));
            }
        }
        LocalDate memberSince = notFuture(problems, "memberSince", input.memberSince(), today);
        if (cell != null && admittedOn != null && !problems.has("memberSince")) {
            LocalDate start = records.existsFrom(cell).orElse(admittedOn);
            if (memberSince == null) {
                memberSince = admittedOn.isBefore(start) ? start : admittedOn;
            } else if (memberSince.isBefore(admittedOn)) {
                problems.refuse("memberSince", "member.memberSince.beforeAdmission", VietnameseDates.format(admittedOn));
            } else if (memberSince.isBefore(start)) {
                problems.refuse("memberSince", "org.parent.notExisting", cell.name(),
                        VietnameseDates.format(memberSince));
            }
        }
        OrganizationRef admitting = cell;
        String admittingCode = Problems.optional(input.admittingOrganizationCode());
        if (admittingCode != null) {
            if (input.arrivedFrom() == null) {
                // An admission here is counted for the admitting organization: it must be one the user may change.
                admitting = records.organizationForChange(problems, "admittingOrganizationCode", admittingCode)
                        .orElse(null);
            } else {
                admitting = records.organization(admittingCode).orElse(null);
                if (admitting == null) {
                    problems.refuse("admittingOrganizationCode", "member.admitting.unknown", admittingCode);
                }
            }
        }
        LocalDate officialOn = notFuture(problems, "officialOn", input.officialOn(), today);
        if (officialOn != null && admittedOn != null) {
            if (officialOn.isBefore(admittedOn)) {
                problems.refuse("officialOn", "member.officialOn.beforeAdmission", VietnameseDates.format(admittedOn));
            } else if (!officialOn.equals(admittedOn.plusMonths(PROBATION_MONTHS))) {
                warnings.add(new Warning("OFFICIAL_NOT_TWELVE_MONTHS", "member.officialOn.notTwelveMonths",
                        List.of(VietnameseDates.format(admittedOn.plusMonths(PROBATION_MONTHS)))));
            }
        }
        if (officialOn == null && admittedOn != null && !admittedOn.plusMonths(PROBATION_MONTHS).isAfter(today)) {
            warnings.add(new Warning("PROBATION_OVERDUE", "member.probationOverdue",
                    List.of(VietnameseDates.format(admittedOn.plusMonths(PROBATION_MONTHS)))));
        }
        String card = input.partyCardNumber();
        if (card != null && records.cardTaken(card)) {
            problems.refuse("partyCardNumber", "member.card.taken", card);
        }
        if (existing != null) {
            if (records.hasOpenMembership(existing.id())) {
                problems.refuse("personId", "member.alreadyMember", existing.fullName());
            } else {
                Optional<LocalDate> lastEnd = records.lastMembershipEnd(existing.id());
                if (lastEnd.isPresent() && memberSince != null && memberSince.isBefore(lastEnd.get())) {
                    problems.refuse("memberSince", "member.overlapsPrevious", VietnameseDates.format(lastEnd.get()));
                }
            }
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new Checked(cell, admitting, decision, admittedOn, known, memberSince, officialOn, card,
                input.arrivedFrom());
    }

    /** A cell (where members are counted) in the user's scope that exists on today's date. */
    static OrganizationRef cell(Problems problems, Records records, String field, String code, LocalDate today) {
        if (code == null) {
            problems.malformed(field, "validation.required");
            return null;
        }
        OrganizationRef organization = records.organizationForChange(problems, field, code).orElse(null);
        if (organization == null) {
            return null;
        }
        if (!organization.type().isCell()) {
            problems.refuse(field, "member.organization.notCell", organization.name());
            return null;
        }
        if (!organization.existsOn(today)) {
            problems.refuse(field, "org.parent.ended", organization.name(),
                    VietnameseDates.format(organization.endedOn()));
            return null;
        }
        return organization;
    }

    /** A date that must not lie after today (when there is one). */
    static LocalDate notFuture(Problems problems, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            problems.refuse(field, "validation.future", VietnameseDates.format(date));
        }
        return date;
    }
}
