package vn.ptdv.membership.internal;

import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.PersonForm;

/** Form-backing beans of the people and member pages; every field is text as typed. */
final class MembershipForms {
    private MembershipForms() {
    }

    /** Registering a member: an existing person, or the person's fields on the same form. */
    public static class MemberForm extends PersonForm {
        private Long personId;
        private String organizationCode;
        private String admittedOn;
        private String memberSince;
        private String admittingOrganizationCode;
        private String officialOn;
        private String partyCardNumber;
        private String arrivedFrom;

        MemberInput memberInput() {
            return new MemberInput(personId, personId == null ? details() : null, organizationCode, admittedOn,
                    memberSince, admittingOrganizationCode, officialOn, partyCardNumber, arrivedFrom);
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

        public String getAdmittedOn() {
            return admittedOn;
        }

        public void setAdmittedOn(String admittedOn) {
            this.admittedOn = admittedOn;
        }

        public String getMemberSince() {
            return memberSince;
        }

        public void setMemberSince(String memberSince) {
            this.memberSince = memberSince;
        }

        public String getAdmittingOrganizationCode() {
            return admittingOrganizationCode;
        }

        public void setAdmittingOrganizationCode(String admittingOrganizationCode) {
            this.admittingOrganizationCode = admittingOrganizationCode;
        }

        public String getOfficialOn() {
            return officialOn;
        }

        public void setOfficialOn(String officialOn) {
            this.officialOn = officialOn;
        }

        public String getPartyCardNumber() {
            return partyCardNumber;
        }

        public void setPartyCardNumber(String partyCardNumber) {
            this.partyCardNumber = partyCardNumber;
        }

        public String getArrivedFrom() {
            return arrivedFrom;
        }

        public void setArrivedFrom(String arrivedFrom) {
            this.arrivedFrom = arrivedFrom;
        }
    }

    public static class MovementForm {
        private String type;
        private String date;
        private String toOrganizationCode;
        private String toOutside;
        private String note;
        private Integer version;

        MovementInput input() {
            return new MovementInput(type, date, toOrganizationCode, toOutside, note, version);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getDate() {
            return date;
        }

        public void setDate(String date) {
            this.date = date;
        }

        public String getToOrganizationCode() {
            return toOrganizationCode;
        }

        public void setToOrganizationCode(String toOrganizationCode) {
            this.toOrganizationCode = toOrganizationCode;
        }

        public String getToOutside() {
            return toOutside;
        }

        public void setToOutside(String toOutside) {
            this.toOutside = toOutside;
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

    public static class MemberEditForm {
        private String officialOn;
        private String partyCardNumber;
        private Integer version;

        public String getOfficialOn() {
            return officialOn;
        }

        public void setOfficialOn(String officialOn) {
            this.officialOn = officialOn;
        }

        public String getPartyCardNumber() {
            return partyCardNumber;
        }

        public void setPartyCardNumber(String partyCardNumber) {
            this.partyCardNumber = partyCardNumber;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }
}
