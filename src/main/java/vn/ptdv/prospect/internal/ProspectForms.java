package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.prospect.ChangeProspect;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * What the pool pages and the API receive, as typed (every value text, so that a wrong one is
 * shown back under its field), and how each is read into its command at the edge.
 */
final class ProspectForms {
    static final int MAX_NAME = 255;
    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 2000;

    private ProspectForms() {
    }

    /**
     * Listing a prospect: an existing person ({@code personId}) or a new one ({@code person}),
     * the organization whose pool they join, from when, who introduced them, their categories and
     * their mentor.
     */
    record ProspectForm(Long personId, PersonDetails person, String organizationCode, String since, String channel,
            List<String> categories, Long mentorMemberId, Long introducedByMemberId) {

        ProspectForm {
            categories = categories == null ? List.of() : categories;
        }

        /** An empty form for the organization's pool, listed today. */
        static ProspectForm blank(String organizationCode, LocalDate today, Long personId) {
            return new ProspectForm(personId, personId == null ? PersonDetails.blank(organizationCode) : null,
                    organizationCode, VietnameseDates.format(today), null, List.of(), null, null);
        }

        ListProspect parse(DateInput dateInput) {
            Problems problems = new Problems("prospect");
            PersonChoice choice = PersonChoice.parse(personId, person, dateInput, problems);
            String organization = problems.required("organizationCode", organizationCode);
            LocalDate from = problems.date("since", since, true, dateInput);
            ProspectChannel source = problems.oneOf("channel", channel, ProspectChannel.class, true);
            Set<ProspectCategory> chosen = parseCategories(problems, categories);
            problems.throwIfAny();
            return new ListProspect(choice, organization, from, source, chosen, mentorMemberId, introducedByMemberId);
        }
    }

    /**
     * A change of a pool entry through the API: null values stay. A new {@code status} takes
     * effect on {@code statusDate} (today if empty); LEFT needs a {@code leftReason};
     * {@code removeMentor} clears the mentor.
     */
    record ChangeForm(String channel, List<String> categories, Long mentorMemberId, Boolean removeMentor,
            String status, String statusDate, String leftReason, String note, Integer version) {

        ChangeProspect parse(long prospectId, DateInput dateInput) {
            Problems problems = new Problems("prospect");
            ProspectChannel source = channel == null ? null
                    : problems.oneOf("channel", channel, ProspectChannel.class, true);
            Set<ProspectCategory> chosen = categories == null ? null : parseCategories(problems, categories);
            ChangeProspect.StatusChange change = null;
            if (Problems.optional(status) != null) {
                ProspectStatus next = problems.oneOf("status", status, ProspectStatus.class, true);
                LocalDate on = problems.date("statusDate", statusDate, false, dateInput);
                String reason = null;
                if (next == ProspectStatus.LEFT) {
                    reason = problems.maxLength("leftReason", problems.required("leftReason", leftReason),
                            MAX_REASON);
                }
                change = new ChangeProspect.StatusChange(next, on, reason);
            }
            String text = problems.maxLength("note", Problems.optional(note), MAX_NOTE);
            problems.throwIfAny();
            return new ChangeProspect(prospectId, source, chosen, mentorMemberId, Boolean.TRUE.equals(removeMentor),
                    change, text, version);
        }
    }

    /** The progress form of a prospect's page: the mentor (none when empty), a new status, a note. */
    record ProgressForm(String status, String statusDate, String leftReason, Long mentorMemberId, String note,
            Integer version) {

        static ProgressForm of(ProspectRow prospect, LocalDate today) {
            return new ProgressForm(null, VietnameseDates.format(today), null, prospect.mentorMemberId(), null,
                    prospect.version());
        }

        ChangeProspect parse(long prospectId) {
            return new ChangeForm(null, null, mentorMemberId, mentorMemberId == null, status, statusDate, leftReason,
                    note, version).parse(prospectId, DateInput.PAGE);
        }
    }

    /** A survey of an organization's eligible non-members: the total, and counts by category (blank: not surveyed). */
    record SurveyForm(String organizationCode, String surveyedOn, String surveyedBy, String eligibleTotal,
            Map<String, String> byCategory, String note) {

        SurveyForm {
            byCategory = byCategory == null ? Map.of() : byCategory;
        }

        static SurveyForm blank(String organizationCode, LocalDate today) {
            return new SurveyForm(organizationCode, VietnameseDates.format(today), null, null, new LinkedHashMap<>(),
                    null);
        }

        RecordSurvey parse(DateInput dateInput) {
            Problems problems = new Problems("survey");
            String organization = problems.required("organizationCode", organizationCode);
            LocalDate on = problems.date("surveyedOn", surveyedOn, true, dateInput);
            String by = problems.maxLength("surveyedBy",
                    SearchText.normalizeName(problems.required("surveyedBy", surveyedBy)), MAX_NAME);
            Integer total = count(problems, "eligibleTotal", eligibleTotal, true);
            Map<ProspectCategory, Integer> counts = new EnumMap<>(ProspectCategory.class);
            byCategory.forEach((key, value) -> {
                ProspectCategory category = problems.oneOf("byCategory", key, ProspectCategory.class, true);
                Integer count = count(problems, "byCategory", value, false);
                if (category != null && count != null) {
                    counts.put(category, count);
                }
            });
            String text = problems.maxLength("note", Problems.optional(note), MAX_NOTE);
            problems.throwIfAny();
            return new RecordSurvey(organization, on, by, total, counts, text);
        }
    }

    private static Set<ProspectCategory> parseCategories(Problems problems, List<String> values) {
        Set<ProspectCategory> categories = EnumSet.noneOf(ProspectCategory.class);
        for (String value : values) {
            ProspectCategory category = problems.oneOf("categories", value, ProspectCategory.class, false);
            if (category != null) {
                categories.add(category);
            }
        }
        return categories;
    }

    /** A head count as typed ("1.234" with the thousands dot); blank is none unless required. */
    private static Integer count(Problems problems, String field, String value, boolean required) {
        String text = required ? problems.required(field, value) : Problems.optional(value);
        if (text != null && text.matches("-\\d+")) {
            problems.malformed(field, "validation.notNegative");
            return null;
        }
        return text == null ? null : problems.wholeNumber(field, text, 0, Integer.MAX_VALUE, false);
    }
}
