package vn.ptdv.prospect.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.membership.PersonForm;

/** Form-backing beans of the pool pages. */
final class ProspectForms {
    private ProspectForms() {
    }

    /** Listing a prospect: an existing person, or the person's fields on the same form. */
    public static class ProspectForm extends PersonForm {
        private Long personId;
        private String organizationCode;
        private String since;
        private String channel;
        private List<String> categories = new ArrayList<>();
        private Long mentorMemberId;
        private Long introducedByMemberId;

        ProspectService.ProspectInput input() {
            return new ProspectService.ProspectInput(personId, personId == null ? details() : null, organizationCode,
                    since, channel, categories, mentorMemberId, introducedByMemberId);
        }

        public Long getIntroducedByMemberId() {
            return introducedByMemberId;
        }

        public void setIntroducedByMemberId(Long introducedByMemberId) {
            this.introducedByMemberId = introducedByMemberId;
        }

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getOrganizationCode() {
            return organizationCode;
        }

        public void setOrganizationCode(String organizationCode) {
            this.organizationCode = organizationCode;
        }

        public String getSince() {
            return since;
        }

        public void setSince(String since) {
            this.since = since;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories;
        }

        public Long getMentorMemberId() {
            return mentorMemberId;
        }

        public void setMentorMemberId(Long mentorMemberId) {
            this.mentorMemberId = mentorMemberId;
        }
    }

    /** Progress of a prospect: a new status, a mentor, a note. */
    public static class ProgressForm {
        private String status;
        private String statusDate;
        private String leftReason;
        private Long mentorMemberId;
        private String note;
        private Integer version;

        ProspectService.ProspectChange change() {
            return new ProspectService.ProspectChange(null, null, mentorMemberId, mentorMemberId == null, status,
                    statusDate, leftReason, note, version);
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getStatusDate() {
            return statusDate;
        }

        public void setStatusDate(String statusDate) {
            this.statusDate = statusDate;
        }

        public String getLeftReason() {
            return leftReason;
        }

        public void setLeftReason(String leftReason) {
            this.leftReason = leftReason;
        }

        public Long getMentorMemberId() {
            return mentorMemberId;
        }

        public void setMentorMemberId(Long mentorMemberId) {
            this.mentorMemberId = mentorMemberId;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    public static class SurveyForm {
        private String organizationCode;
        private String surveyedOn;
        private String surveyedBy;
        private String eligibleTotal;
        private Map<String, String> byCategory = new LinkedHashMap<>();
        private String note;

        SurveyService.SurveyInput input() {
            Map<String, String> counts = new LinkedHashMap<>();
            byCategory.forEach((category, count) -> {
                if (count != null && !count.isBlank()) {
                    counts.put(category, count);
                }
            });
            return new SurveyService.SurveyInput(organizationCode, surveyedOn, surveyedBy, eligibleTotal, counts, note);
        }

        public String getOrganizationCode() {
            return organizationCode;
        }

        public void setOrganizationCode(String organizationCode) {
            this.organizationCode = organizationCode;
        }

        public String getSurveyedOn() {
            return surveyedOn;
        }

        public void setSurveyedOn(String surveyedOn) {
            this.surveyedOn = surveyedOn;
        }

        public String getSurveyedBy() {
            return surveyedBy;
        }

        public void setSurveyedBy(String surveyedBy) {
            this.surveyedBy = surveyedBy;
        }

        public String getEligibleTotal() {
            return eligibleTotal;
        }

        public void setEligibleTotal(String eligibleTotal) {
            this.eligibleTotal = eligibleTotal;
        }

        public Map<String, String> getByCategory() {
            return byCategory;
        }

        public void setByCategory(Map<String, String> byCategory) {
            this.byCategory = byCategory;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
