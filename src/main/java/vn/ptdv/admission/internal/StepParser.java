package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepInput;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * Reads a step as typed: its code and date, and the fields that step records, each checked for
 * its form (a missing or malformed value answers 400). A field the step does not record is
 * refused rather than silently dropped.
 */
final class StepParser {
    static final int MAX_TEXT = 1000;
    static final int MAX_NUMBER = 50;
    static final int MAX_VOTERS = 10_000;

    private StepParser() {
    }

    record Parsed(StepCode step, LocalDate date, StepData data, String note) {
    }

    private static final Set<StepCode> DECISIONS =
            EnumSet.of(StepCode.ADMISSION_DECISION, StepCode.RECOGNITION_DECISION, StepCode.REMOVAL);
    private static final Set<StepCode> CELL_VOTES =
            EnumSet.of(StepCode.CELL_RESOLUTION, StepCode.RECOGNITION_CELL_RESOLUTION);
    private static final Set<StepCode> COMMITTEE_VOTES =
            EnumSet.of(StepCode.COMMITTEE_RESOLUTION, StepCode.RECOGNITION_COMMITTEE_RESOLUTION);
    private static final Set<StepCode> WITH_REASON =
            EnumSet.of(StepCode.ADMISSION_REFUSED, StepCode.STOPPED, StepCode.REOPENED, StepCode.REMOVAL);

    /** The step's fields besides its date and note, by the name the API and the forms use. */
    static Set<String> fieldsOf(StepCode step) {
        Set<String> fields = new LinkedHashSet<>();
        switch (step) {
            case INTRODUCTION -> fields.addAll(List.of("introducers", "union"));
            case BACKGROUND_CHECK -> fields.add("conclusion");
            case CELL_RESOLUTION -> fields.addAll(List.of("officialMembers", "votesFor", "votesAgainst",
                    "olderConsent", "educationException"));
            case RECOGNITION_CELL_RESOLUTION -> fields.addAll(List.of("officialMembers", "votesFor", "votesAgainst"));
            case COMMITTEE_RESOLUTION, RECOGNITION_COMMITTEE_RESOLUTION -> fields.addAll(
                    List.of("committeeMembers", "votesFor"));
            case PARTIAL_COMMITTEE_REVIEW -> fields.add("opinion");
            case ADMISSION_DECISION, RECOGNITION_DECISION -> fields.addAll(
                    List.of("decisionNumber", "issuerCode", "extensionReason"));
            case REMOVAL -> fields.addAll(List.of("decisionNumber", "issuerCode", "extensionReason", "reason"));
            case ADMISSION_REFUSED -> fields.addAll(List.of("reason", "issuerCode", "extensionReason"));
            case STOPPED, REOPENED -> fields.add("reason");
            case CEREMONY -> fields.addAll(List.of("decisionReceivedOn", "superiorConsent", "place"));
            case NEW_MEMBER_CLASS -> fields.add("certificateNumber");
            default -> {
            }
        }
        return fields;
    }

    /** The step's code, or null with a problem. */
    static StepCode step(Problems problems, String value) {
        return problems.oneOf("step", value, StepCode.class, true);
    }

    static Parsed parse(StepCode step, StepInput in, DateInput dateInput, LocalDate today, Problems problems) {
        LocalDate date = problems.pastDate("date", in.date(), true, dateInput, today);
        refuseUnused(problems, step, in);
        List<StepData.Introducer> introducers = new ArrayList<>();
        StepData.UnionIntroduction union = null;
        if (step == StepCode.INTRODUCTION) {
            for (int i = 0; i < in.introducers().size(); i++) {
                StepInput.IntroducerInput introducer = in.introducers().get(i);
                String prefix = "introducers[" + i + "].";
                Long memberId = introducer == null ? null
                        : number(problems, prefix + "memberId", introducer.memberId(), true);
                LocalDate knownSince = introducer == null ? null
                        : problems.pastDate(prefix + "knownSince", introducer.knownSince(), true, dateInput, today);
                if (introducer == null) {
                    problems.malformed(prefix + "memberId", "validation.required");
                }
                if (knownSince != null && date != null && knownSince.isAfter(date)) {
                    problems.refuse(prefix + "knownSince", "dossier.knownSince.afterStep",
                            VietnameseDates.format(date));
                }
                if (memberId != null && knownSince != null) {
                    introducers.add(new StepData.Introducer(memberId, knownSince));
                }
            }
            if (in.introducers().isEmpty()) {
                problems.malformed("introducers", "validation.required");
            }
            if (in.union() != null && (Problems.optional(in.union().type()) != null
                    || Problems.optional(in.union().resolutionDate()) != null)) {
                String type = problems.required("union.type", in.union().type());
                if (type != null && !type.equals("YOUTH_UNION") && !type.equals("TRADE_UNION")) {
                    problems.malformed("union.type", "validation.oneOf", type, "YOUTH_UNION, TRADE_UNION");
                }
                LocalDate resolution = problems.pastDate("union.resolutionDate", in.union().resolutionDate(), true,
                        dateInput, today);
                if (resolution != null && date != null && resolution.isAfter(date)) {
                    problems.refuse("union.resolutionDate", "dossier.union.afterStep", VietnameseDates.format(date));
                }
                union = new StepData.UnionIntroduction(type, resolution);
            }
        }
        Integer official = null;
        Integer committee = null;
        Integer votesFor = null;
        Integer votesAgainst = null;
        if (CELL_VOTES.contains(step)) {
            official = count(problems, "officialMembers", in.officialMembers(), 1, true);
            votesFor = count(problems, "votesFor", in.votesFor(), 0, true);
            votesAgainst = count(problems, "votesAgainst", in.votesAgainst(), 0, false);
            checkVotes(problems, official, votesFor, votesAgainst, "officialMembers");
        }
        if (COMMITTEE_VOTES.contains(step)) {
            committee = count(problems, "committeeMembers", in.committeeMembers(), 1, true);
            votesFor = count(problems, "votesFor", in.votesFor(), 0, true);
            checkVotes(problems, committee, votesFor, null, "committeeMembers");
        }
        String conclusion = step == StepCode.BACKGROUND_CHECK ? text(problems, "conclusion", in.conclusion(), true)
                : null;
        String opinion = step == StepCode.PARTIAL_COMMITTEE_REVIEW ? text(problems, "opinion", in.opinion(), true)
                : null;
        String decisionNumber = DECISIONS.contains(step)
                ? problems.maxLength("decisionNumber", problems.required("decisionNumber", in.decisionNumber()),
                        MAX_NUMBER)
                : null;
        String reason = WITH_REASON.contains(step) ? text(problems, "reason", in.reason(), true) : null;
        LocalDate received = null;
        if (step == StepCode.CEREMONY) {
            received = problems.pastDate("decisionReceivedOn", in.decisionReceivedOn(), false, dateInput, today);
            if (received != null && date != null && received.isAfter(date)) {
                problems.refuse("decisionReceivedOn", "dossier.received.afterCeremony", VietnameseDates.format(date));
            }
        }
        String certificate = step == StepCode.NEW_MEMBER_CLASS
                ? problems.maxLength("certificateNumber", problems.required("certificateNumber",
                        in.certificateNumber()), MAX_NUMBER)
                : null;
        String note = text(problems, "note", in.note(), false);
        StepData data = new StepData(introducers, union, conclusion, official, committee, votesFor, votesAgainst,
                decisionNumber, Problems.optional(in.issuerCode()), reason, received,
                text(problems, "superiorConsent", in.superiorConsent(), false),
                null, text(problems, "place", in.place(), false), certificate,
                text(problems, "olderConsent", in.olderConsent(), false),
                text(problems, "educationException", in.educationException(), false),
                text(problems, "extensionReason", in.extensionReason(), false), opinion);
        return new Parsed(step, date, data, note);
    }

    private static void refuseUnused(Problems problems, StepCode step, StepInput in) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("introducers", in.introducers().isEmpty() ? null : in.introducers());
        given.put("union", in.union());
        given.put("conclusion", Problems.optional(in.conclusion()));
        given.put("officialMembers", Problems.optional(in.officialMembers()));
        given.put("committeeMembers", Problems.optional(in.committeeMembers()));
        given.put("votesFor", Problems.optional(in.votesFor()));
        given.put("votesAgainst", Problems.optional(in.votesAgainst()));
        given.put("decisionNumber", Problems.optional(in.decisionNumber()));
        given.put("issuerCode", Problems.optional(in.issuerCode()));
        given.put("reason", Problems.optional(in.reason()));
        given.put("decisionReceivedOn", Problems.optional(in.decisionReceivedOn()));
        given.put("superiorConsent", Problems.optional(in.superiorConsent()));
        given.put("place", Problems.optional(in.place()));
        given.put("certificateNumber", Problems.optional(in.certificateNumber()));
        given.put("olderConsent", Problems.optional(in.olderConsent()));
        given.put("educationException", Problems.optional(in.educationException()));
        given.put("extensionReason", Problems.optional(in.extensionReason()));
        given.put("opinion", Problems.optional(in.opinion()));
        Set<String> used = fieldsOf(step);
        given.forEach((field, value) -> {
            if (value != null && !used.contains(field)) {
                problems.malformed(field, "dossier.field.notForStep", Problems.term(step.messageKey()));
            }
        });
    }

    private static void checkVotes(Problems problems, Integer entitled, Integer votesFor, Integer votesAgainst,
            String entitledField) {
        if (entitled == null) {
            return;
        }
        if (votesFor != null && votesFor > entitled) {
            problems.refuse("votesFor", "dossier.votes.moreThanEntitled", votesFor, entitled);
        }
        if (votesFor != null && votesAgainst != null && votesFor + votesAgainst > entitled) {
            problems.refuse("votesAgainst", "dossier.votes.sumMoreThanEntitled", votesFor + votesAgainst, entitled);
        }
    }

    private static Integer count(Problems problems, String field, String value, int min, boolean required) {
        Long number = number(problems, field, value, required);
        if (number == null) {
            return null;
        }
        if (number < min || number > MAX_VOTERS) {
            problems.malformed(field, "validation.range", min, MAX_VOTERS);
            return null;
        }
        return number.intValue();
    }

    private static Long number(Problems problems, String field, String value, boolean required) {
        String text = required ? problems.required(field, value) : Problems.optional(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,12}")) {
            problems.malformed(field, "validation.wholeNumber", text);
            return null;
        }
        return Long.parseLong(text);
    }

    private static String text(Problems problems, String field, String value, boolean required) {
        String text = required ? problems.required(field, value) : Problems.optional(value);
        return problems.maxLength(field, text, MAX_TEXT);
    }
}
