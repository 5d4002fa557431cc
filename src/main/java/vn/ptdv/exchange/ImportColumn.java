package vn.ptdv.exchange;

import java.util.List;

/**
 * A column of an import: its Vietnamese header (matched without regard to case, diacritics or
 * spacing), the field of the text record it fills (as the pages and the API name it, so that a
 * refusal lands in this column), whether it is required, its explanation for the template, the
 * accepted values of a coded column (offered as a drop-down list, by code or by name), and an
 * example value.
 */
public record ImportColumn(String header, String field, boolean required, String explanation, List<Choice> choices,
        String example) {

    public ImportColumn {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A coded value: its code and its Vietnamese name; a cell may hold either. */
    public record Choice(String code, String name) {
    }

    public static ImportColumn required(String header, String field, String explanation, String example) {
        return new ImportColumn(header, field, true, explanation, List.of(), example);
    }

    public static ImportColumn optional(String header, String field, String explanation, String example) {
        return new ImportColumn(header, field, false, explanation, List.of(), example);
    }

    /** The same column with a list of accepted values. */
    public ImportColumn coded(List<Choice> values) {
        return new ImportColumn(header, field, required, explanation, values, example);
    }
}
