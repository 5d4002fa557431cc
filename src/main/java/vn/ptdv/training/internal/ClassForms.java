package vn.ptdv.training.internal;

import java.util.ArrayList;
import java.util.List;

/** Form-backing beans of the class pages. */
final class ClassForms {
    private ClassForms() {
    }

    public static class ClassForm {
        private String name;
        private String organizerCode;
        private String startDate;
        private String endDate;
        private String place;
        private Integer version;

        ClassService.ClassInput input() {
            return new ClassService.ClassInput(name, organizerCode, startDate, endDate, place, version);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOrganizerCode() {
            return organizerCode;
        }

        public void setOrganizerCode(String organizerCode) {
            this.organizerCode = organizerCode;
        }

        public String getStartDate() {
            return startDate;
        }

        public void setStartDate(String startDate) {
            this.startDate = startDate;
        }

        public String getEndDate() {
            return endDate;
        }

        public void setEndDate(String endDate) {
            this.endDate = endDate;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    /** The class's result table: one row per participant, saved all at once. */
    public static class ResultsForm {
        private List<Row> participants = new ArrayList<>();

        public List<Row> getParticipants() {
            return participants;
        }

        public void setParticipants(List<Row> participants) {
            this.participants = participants;
        }
    }

    public static class Row {
        private long participantId;
        private String fullName;
        private boolean completed;
        private String certificateNumber;
        private String certificateDate;
        private Integer version;

        public long getParticipantId() {
            return participantId;
        }

        public void setParticipantId(long participantId) {
            this.participantId = participantId;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public boolean isCompleted() {
            return completed;
        }

        public void setCompleted(boolean completed) {
            this.completed = completed;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public void setCertificateNumber(String certificateNumber) {
            this.certificateNumber = certificateNumber;
        }

        public String getCertificateDate() {
            return certificateDate;
        }

        public void setCertificateDate(String certificateDate) {
            this.certificateDate = certificateDate;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    /** Enrolling by national identity numbers pasted from a spreadsheet, or prospects ticked in a list. */
    public static class EnrollForm {
        private String lines;
        private List<Long> personIds = new ArrayList<>();

        public String getLines() {
            return lines;
        }

        public void setLines(String lines) {
            this.lines = lines;
        }

        public List<Long> getPersonIds() {
            return personIds;
        }

        public void setPersonIds(List<Long> personIds) {
            this.personIds = personIds;
        }
    }
}
