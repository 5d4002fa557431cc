package vn.ptdv.membership.internal;

import vn.ptdv.membership.PersonDetails;

/** Form-backing beans of the people and member pages; every field is text as typed. */
final class MembershipForms {
    private MembershipForms() {
    }

    public static class PersonForm {
        private String fullName;
        private String birthDate;
        private String gender;
        private String nationalId;
        private String ethnicity = "01";
        private String religion = "NONE";
        private String generalEducation;
        private String qualification;
        private String occupation;
        private String residenceOrganizationCode;
        private String residenceAddress;
        private String phone;
        private Integer version;

        PersonDetails input() {
            return new PersonDetails(fullName, birthDate, gender, nationalId, ethnicity, religion, generalEducation,
                    qualification, occupation, residenceOrganizationCode, residenceAddress, phone);
        }

        static PersonForm of(PersonRow p) {
            PersonForm form = new PersonForm();
            form.fullName = p.fullName();
            form.birthDate = vn.ptdv.calendar.VietnameseDates.format(p.birthDate());
            form.gender = p.gender().name();
            form.nationalId = p.nationalId();
            form.ethnicity = p.ethnicity();
            form.religion = p.religion().name();
            form.generalEducation = p.generalEducation();
            form.qualification = p.qualification();
            form.occupation = p.occupation();
            form.residenceOrganizationCode = p.residenceOrganizationCode();
            form.residenceAddress = p.residenceAddress();
            form.phone = p.phone();
            form.version = p.version();
            return form;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public void setBirthDate(String birthDate) {
            this.birthDate = birthDate;
        }

        public String getGender() {
            return gender;
        }

        public void setGender(String gender) {
            this.gender = gender;
        }

        public String getNationalId() {
            return nationalId;
        }

        public void setNationalId(String nationalId) {
            this.nationalId = nationalId;
        }

        public String getEthnicity() {
            return ethnicity;
        }

        public void setEthnicity(String ethnicity) {
            this.ethnicity = ethnicity;
        }

        public String getReligion() {
            return religion;
        }

        public void setReligion(String religion) {
            this.religion = religion;
        }

        public String getGeneralEducation() {
            return generalEducation;
        }

        public void setGeneralEducation(String generalEducation) {
            this.generalEducation = generalEducation;
        }

        public String getQualification() {
            return qualification;
        }

        public void setQualification(String qualification) {
            this.qualification = qualification;
        }

        public String getOccupation() {
            return occupation;
        }

        public void setOccupation(String occupation) {
            this.occupation = occupation;
        }

        public String getResidenceOrganizationCode() {
            return residenceOrganizationCode;
        }

        public void setResidenceOrganizationCode(String residenceOrganizationCode) {
            this.residenceOrganizationCode = residenceOrganizationCode;
        }

        public String getResidenceAddress() {
            return residenceAddress;
        }

        public void setResidenceAddress(String residenceAddress) {
            this.residenceAddress = residenceAddress;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
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
            return new MemberInput(personId, personId == null ? input() : null, organizationCode, admittedOn,
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
