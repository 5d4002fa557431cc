package vn.ptdv.membership;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * A person as typed on a page or sent to the API (dates in the format of where they were
 * typed); {@link #parse} reads it into a {@link NewPerson} at the edge. The coded fields the
 * statistics count by (occupation group, professional and political theory levels, Youth Union
 * membership) are optional: "true"/"false" for the Youth Union, enum names for the others.
 */
public record PersonDetails(String fullName, String birthDate, String gender, String nationalId, String ethnicity,
        String religion, String generalEducation, String qualification, String occupation,
        String residenceOrganizationCode, String residenceAddress, String phone, String occupationCategory,
        String professionalLevel, String politicalTheory, String youthUnionMember) {

    /** A person without the statistics' coded fields (they stay unknown). */
    public PersonDetails(String fullName, String birthDate, String gender, String nationalId, String ethnicity,
            String religion, String generalEducation, String qualification, String occupation,
            String residenceOrganizationCode, String residenceAddress, String phone) {
        this(fullName, birthDate, gender, nationalId, ethnicity, religion, generalEducation, qualification, occupation,
                residenceOrganizationCode, residenceAddress, phone, null, null, null, null);
    }

    private static final Pattern EDUCATION = Pattern.compile("(\\d{1,2})/(10|12)");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{12}");

    /** An empty form, with the usual defaults: Kinh, no religion. */
    public static PersonDetails blank(String residenceOrganizationCode) {
        return new PersonDetails(null, null, null, null, Ethnicity.KINH, Religion.NONE.name(), null, null, null,
                residenceOrganizationCode, null, null);
    }

    /**
     * The person, each field checked for its form; problems go under {@code fieldPrefix}
     * ("person.") with the labels of a person. Null when something is malformed.
     */
    public NewPerson parse(DateInput dateInput, Problems into, String fieldPrefix) {
        Problems problems = new Problems("person");
        String name = problems.name("fullName", fullName, 255);
        var birth = problems.date("birthDate", birthDate, true, dateInput);
        Gender g = problems.oneOf("gender", gender, Gender.class, true);
        String id = Problems.optional(nationalId);
        if (id != null) {
            id = id.replace(" ", "");
            if (!NATIONAL_ID.matcher(id).matches()) {
                problems.malformed("nationalId", "person.nationalId.format", nationalId.strip());
            }
        }
        String ethnic = problems.required("ethnicity", ethnicity);
        if (ethnic != null && !Ethnicity.isKnown(ethnic)) {
            problems.malformed("ethnicity", "person.ethnicity.unknown", ethnic);
        }
        Religion faith = problems.oneOf("religion", religion, Religion.class, true);
        String education = Problems.optional(generalEducation);
        if (education != null) {
            Matcher matcher = EDUCATION.matcher(education);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1
                    || Integer.parseInt(matcher.group(1)) > Integer.parseInt(matcher.group(2))) {
                problems.malformed("generalEducation", "person.education.format", education);
            }
        }
        String qual = problems.maxLength("qualification", SearchText.normalizeName(problems.text("qualification", qualification)),
                255);
        String job = problems.maxLength("occupation", SearchText.normalizeName(problems.text("occupation", occupation)), 255);
        String address = problems.maxLength("residenceAddress",
                SearchText.normalizeName(problems.text("residenceAddress", residenceAddress)), 255);
        String tel = Problems.optional(phone);
        if (tel != null && (!PHONE.matcher(tel).matches() || tel.replaceAll("\\D", "").length() < 8)) {
            problems.malformed("phone", "person.phone.format", tel);
        }
        String residence = problems.required("residenceOrganizationCode", residenceOrganizationCode);
        OccupationCategory group = problems.oneOf("occupationCategory", occupationCategory, OccupationCategory.class,
                false);
        ProfessionalLevel level = problems.oneOf("professionalLevel", professionalLevel, ProfessionalLevel.class,
                false);
        PoliticalTheoryLevel theory = problems.oneOf("politicalTheory", politicalTheory, PoliticalTheoryLevel.class,
                false);
        Boolean youthUnion = yesNo(problems, "youthUnionMember", youthUnionMember);
        into.absorb(problems, fieldPrefix);
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewPerson(name, birth, g, id, ethnic, faith, education, qual, job, residence, address, tel, group,
                level, theory, youthUnion);
    }

    /** "true" or "false" (as a select or a JSON client sends it), null when not given. */
    private static Boolean yesNo(Problems problems, String field, String value) {
        String text = Problems.optional(value);
        if (text == null) {
            return null;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            problems.malformed(field, "validation.oneOf", text, "true, false");
            return null;
        }
        return Boolean.parseBoolean(text);
    }
}
