package vn.ptdv.membership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportColumn.Choice;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.shared.Messages;

/**
 * The person's columns of every import about people (members, prospects, class participants):
 * the same headers, explanations and coded lists in each template, read the same way. Fields are
 * named as the forms name them ({@code person.fullName}…), so a refusal lands in its column.
 */
public final class PersonImportColumns {
    /** The prefix of the person's fields. */
    public static final String PERSON = "person.";

    private PersonImportColumns() {
    }

    /** The person's columns; the national ID number is required, to recognize the person on a second import. */
    public static List<ImportColumn> columns(Messages messages) {
        List<Choice> genders = Arrays.stream(Gender.values()).map(g -> choice(messages, g.name(), g.messageKey()))
                .toList();
        List<Choice> ethnicities = Ethnicity.CODES.stream()
                .map(c -> choice(messages, c, Ethnicity.messageKey(c))).toList();
        List<Choice> religions = Arrays.stream(Religion.values())
                .map(r -> choice(messages, r.name(), r.messageKey())).toList();
        List<ImportColumn> columns = new ArrayList<>();
        columns.add(column(messages, true, "fullName", "Nguyễn Văn An"));
        columns.add(column(messages, true, "birthDate", "15/03/1990"));
        columns.add(column(messages, true, "gender", messages.text(Gender.MALE.messageKey())).coded(genders));
        columns.add(column(messages, true, "nationalId", "001090012345"));
        columns.add(column(messages, true, "ethnicity", messages.text(Ethnicity.messageKey(Ethnicity.KINH)))
                .coded(ethnicities));
        columns.add(column(messages, false, "religion", messages.text(Religion.NONE.messageKey())).coded(religions));
        columns.add(column(messages, false, "generalEducation", "12/12"));
        columns.add(column(messages, false, "qualification", "Đại học Luật"));
        columns.add(column(messages, false, "occupation", "Công chức"));
        columns.add(column(messages, false, "residenceAddress", "Số 5, tổ 3, khu phố 1"));
        columns.add(column(messages, false, "phone", "0912345678"));
        columns.add(column(messages, false, "occupationCategory", "").coded(Arrays.stream(OccupationCategory.values())
                .map(c -> choice(messages, c.name(), c.messageKey())).toList()));
        columns.add(column(messages, false, "professionalLevel", "").coded(Arrays.stream(ProfessionalLevel.values())
                .map(c -> choice(messages, c.name(), c.messageKey())).toList()));
        columns.add(column(messages, false, "politicalTheory", "").coded(Arrays.stream(PoliticalTheoryLevel.values())
                .map(c -> choice(messages, c.name(), c.messageKey())).toList()));
        columns.add(column(messages, false, "youthUnionMember", "").coded(List.of(
                new Choice("true", messages.text("import.person.yes")),
                new Choice("false", messages.text("import.person.no")))));
        return columns;
    }

    private static ImportColumn column(Messages messages, boolean required, String field, String example) {
        String key = "import.person.column." + field;
        return new ImportColumn(messages.text(key), PERSON + field, required, messages.text(key + ".help"),
                List.of(), example);
    }

    private static Choice choice(Messages messages, String code, String messageKey) {
        return new Choice(code, messages.text(messageKey));
    }

    /** The person of the row as typed, living in the organization of {@code residenceCode}. */
    public static PersonDetails details(ImportRow row, String residenceCode) {
        return new PersonDetails(row.get(PERSON + "fullName"), row.get(PERSON + "birthDate"), row.get(PERSON + "gender"),
                row.get(PERSON + "nationalId"), row.get(PERSON + "ethnicity"),
                Objects.requireNonNullElse(row.get(PERSON + "religion"), Religion.NONE.name()),
                row.get(PERSON + "generalEducation"), row.get(PERSON + "qualification"), row.get(PERSON + "occupation"),
                residenceCode, row.get(PERSON + "residenceAddress"), row.get(PERSON + "phone"),
                row.get(PERSON + "occupationCategory"), row.get(PERSON + "professionalLevel"),
                row.get(PERSON + "politicalTheory"), row.get(PERSON + "youthUnionMember"));
    }

    /** The row's national ID number as the person's fields read it (spaces removed), or null. */
    public static String nationalId(ImportRow row) {
        String id = row.get(PERSON + "nationalId");
        return id == null ? null : id.replace(" ", "");
    }
}
