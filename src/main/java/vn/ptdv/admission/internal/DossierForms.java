package vn.ptdv.admission.internal;

import java.util.ArrayList;
import java.util.List;
import vn.ptdv.admission.StepInput;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.Problems;

/** Form beans of the dossier pages. */
final class DossierForms {
    private DossierForms() {
    }

    /** Opening a dossier: the person by id (from the pool) or by national identity number, and the cell. */
    public static class OpenForm {
        private Long personId;
        private String nationalId;
        private String cellCode;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public String getNationalId() {
            return nationalId;
        }

        public void setNationalId(String nationalId) {
            this.nationalId = nationalId;
        }

        public String getCellCode() {
            return cellCode;
        }

        public void setCellCode(String cellCode) {
            this.cellCode = cellCode;
        }
    }

    public static class IntroducerRow {
        private String memberId;
        private String knownSince;

        public String getMemberId() {
            return memberId;
        }

        public void setMemberId(String memberId) {
            this.memberId = memberId;
        }

        public String getKnownSince() {
            return knownSince;
        }

        public void setKnownSince(String knownSince) {
            this.knownSince = knownSince;
        }
    }

    public static class UnionRow {
        private String type;
        private String resolutionDate;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getResolutionDate() {
            return resolutionDate;
        }

        public void setResolutionDate(String resolutionDate) {
            this.resolutionDate = resolutionDate;
        }
    }

    /** A step as typed on the dossier page, or a correction of one. */
    public static class StepForm {
        private String step;
        private String date;
        private String note;
        private List<IntroducerRow> introducers = new ArrayList<>(List.of(new IntroducerRow(), new IntroducerRow()));
        private UnionRow union = new UnionRow();
        private String conclusion;
        private String officialMembers;
        private String committeeMembers;
        private String votesFor;
        private String votesAgainst;
        private String decisionNumber;
        private String reason;
        private String decisionReceivedOn;
        private String superiorConsent;
        private String place;
        private String certificateNumber;
        private String olderConsent;
        private String educationException;
        private String extensionReason;
        private String opinion;
        private String correctionReason;

        StepInput input() {
            List<StepInput.IntroducerInput> rows = new ArrayList<>();
            for (IntroducerRow row : introducers) {
                if (row != null && (Problems.optional(row.getMemberId()) != null
                        || Problems.optional(row.getKnownSince()) != null)) {
                    rows.add(new StepInput.IntroducerInput(row.getMemberId(), row.getKnownSince()));
                }
            }
            StepInput.UnionInput unionInput = union == null || Problems.optional(union.getType()) == null
                    && Problems.optional(union.getResolutionDate()) == null ? null
                            : new StepInput.UnionInput(union.getType(), union.getResolutionDate());
            return new StepInput(step, date, note, rows, unionInput, conclusion, officialMembers, committeeMembers,
                    votesFor, votesAgainst, decisionNumber, null, reason, decisionReceivedOn, superiorConsent, place,
                    certificateNumber, olderConsent, educationException, extensionReason, opinion, correctionReason);
        }

        /** The form of a recorded step, to correct it. */
        static StepForm of(StepRecord record) {
            StepForm form = new StepForm();
            StepData d = record.data();
            form.setStep(record.step().name());
            form.setDate(VietnameseDates.format(record.date()));
            form.setNote(record.note());
            for (int i = 0; i < d.introducers().size() && i < 2; i++) {
                form.introducers.get(i).setMemberId(String.valueOf(d.introducers().get(i).memberId()));
                form.introducers.get(i).setKnownSince(VietnameseDates.format(d.introducers().get(i).knownSince()));
            }
            if (d.union() != null) {
                form.union.setType(d.union().type());
                form.union.setResolutionDate(d.union().resolutionDate() == null ? null
                        : VietnameseDates.format(d.union().resolutionDate()));
            }
            form.setConclusion(d.conclusion());
            form.setOfficialMembers(text(d.officialMembers()));
            form.setCommitteeMembers(text(d.committeeMembers()));
            form.setVotesFor(text(d.votesFor()));
            form.setVotesAgainst(text(d.votesAgainst()));
            form.setDecisionNumber(d.decisionNumber());
            form.setReason(d.reason());
            form.setDecisionReceivedOn(d.decisionReceivedOn() == null ? null
                    : VietnameseDates.format(d.decisionReceivedOn()));
            form.setSuperiorConsent(d.superiorConsent());
            form.setPlace(d.place());
            form.setCertificateNumber(d.certificateNumber());
            form.setOlderConsent(d.olderConsent());
            form.setEducationException(d.educationException());
            form.setExtensionReason(d.extensionReason());
            form.setOpinion(d.opinion());
            return form;
        }

        private static String text(Integer value) {
            return value == null ? null : String.valueOf(value);
        }

        public String getStep() {
            return step;
        }

        public void setStep(String step) {
            this.step = step;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public List<IntroducerRow> getIntroducers() {
            return introducers;
        }

        public void setIntroducers(List<IntroducerRow> introducers) {
            this.introducers = introducers;
        }

        public UnionRow getUnion() {
            return union;
        }

        public void setUnion(UnionRow union) {
            this.union = union;
        }

        public String getConclusion() {
            return conclusion;
        }

        public void setConclusion(String conclusion) {
            this.conclusion = conclusion;
        }

        public String getOfficialMembers() {
            return officialMembers;
        }

        public void setOfficialMembers(String officialMembers) {
            this.officialMembers = officialMembers;
        }

        public String getCommitteeMembers() {
            return committeeMembers;
        }

        public void setCommitteeMembers(String committeeMembers) {
            this.committeeMembers = committeeMembers;
        }

        public String getVotesFor() {
            return votesFor;
        }

        public void setVotesFor(String votesFor) {
            this.votesFor = votesFor;
        }

        public String getVotesAgainst() {
            return votesAgainst;
        }

        public void setVotesAgainst(String votesAgainst) {
            this.votesAgainst = votesAgainst;
        }

        public String getDecisionNumber() {
            return decisionNumber;
        }

        public void setDecisionNumber(String decisionNumber) {
            this.decisionNumber = decisionNumber;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getDecisionReceivedOn() {
            return decisionReceivedOn;
        }

        public void setDecisionReceivedOn(String decisionReceivedOn) {
            this.decisionReceivedOn = decisionReceivedOn;
        }

        public String getSuperiorConsent() {
            return superiorConsent;
        }

        public void setSuperiorConsent(String superiorConsent) {
            this.superiorConsent = superiorConsent;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getCertificateNumber() {
            return certificateNumber;
        }

        public void setCertificateNumber(String certificateNumber) {
            this.certificateNumber = certificateNumber;
        }

        public String getOlderConsent() {
            return olderConsent;
        }

        public void setOlderConsent(String olderConsent) {
            this.olderConsent = olderConsent;
        }

        public String getEducationException() {
            return educationException;
        }

        public void setEducationException(String educationException) {
            this.educationException = educationException;
        }

        public String getExtensionReason() {
            return extensionReason;
        }

        public void setExtensionReason(String extensionReason) {
            this.extensionReason = extensionReason;
        }

        public String getOpinion() {
            return opinion;
        }

        public void setOpinion(String opinion) {
            this.opinion = opinion;
        }

        public String getCorrectionReason() {
            return correctionReason;
        }

        public void setCorrectionReason(String correctionReason) {
            this.correctionReason = correctionReason;
        }
    }
}
