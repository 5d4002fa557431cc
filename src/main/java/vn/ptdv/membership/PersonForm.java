package vn.ptdv.membership;

import vn.ptdv.calendar.VietnameseDates;

/**
 * The fields of a person on a page form (text as typed), shared by every form that registers
 * a person with another record; the template fragment {@code membership/person-fields} shows them.
 */
public class PersonForm {
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
    private String occupationCategory;
    private String professionalLevel;
    private String politicalTheory;
    private String youthUnionMember;
    private Integer version;

    /** The person as typed. */
    public PersonDetails details() {
        return new PersonDetails(fullName, birthDate, gender, nationalId, ethnicity, religion, generalEducation,
                qualification, occupation, residenceOrganizationCode, residenceAddress, phone, occupationCategory,
                professionalLevel, politicalTheory, youthUnionMember);
    }

    /** Fills the form from a stored person (dates in dd/MM/yyyy). */
    public static PersonForm of(PersonRef p, String residenceOrganizationCode, String qualification,
            String occupation, String residenceAddress, String phone, int version) {
        PersonForm form = new PersonForm();
        form.fullName = p.fullName();
        form.birthDate = VietnameseDates.format(p.birthDate());
        form.gender = p.gender().name();
        form.nationalId = p.nationalId();
        form.ethnicity = p.ethnicity();
        form.religion = p.religion().name();
        form.generalEducation = p.generalEducation();
        form.qualification = qualification;
        form.occupation = occupation;
        form.residenceOrganizationCode = residenceOrganizationCode;
        form.residenceAddress = residenceAddress;
        form.phone = phone;
        form.version = version;
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

    public String getOccupationCategory() {
        return occupationCategory;
    }

    public void setOccupationCategory(String occupationCategory) {
        this.occupationCategory = occupationCategory;
    }

    public String getProfessionalLevel() {
        return professionalLevel;
    }

    public void setProfessionalLevel(String professionalLevel) {
        this.professionalLevel = professionalLevel;
    }

    public String getPoliticalTheory() {
        return politicalTheory;
    }

    public void setPoliticalTheory(String politicalTheory) {
        this.politicalTheory = politicalTheory;
    }

    public String getYouthUnionMember() {
        return youthUnionMember;
    }

    public void setYouthUnionMember(String youthUnionMember) {
        this.youthUnionMember = youthUnionMember;
    }
}
