package vn.ptdv.documents.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The documents ptdv fills in, each from one Word template with named fields: {@code {{field}}}
 * anywhere in the text, and a table row repeated once per line of {@link #loops()} where the
 * row's first cell holds {@code {{loop}}} and its cells {@code [column]}. A new form is one more
 * constant here, its built-in .docx under {@code documents/templates/} and a small data class.
 */
enum TemplateKind {
    /** The three statistical tables of Hướng dẫn 11-HD/BTCTW share one layout. */
    STATISTICS("statistics", List.of("subtitle", "comparison", "unit"),
            Map.of("rows", List.of("number", "label", "current", "previous", "ratio"))),
    /** Any report's table (progress, ranking, counts…) as a Party document: the table goes where {@code {{#table}}} stands. */
    REPORT("report", List.of("subtitle", "table"), Map.of()),
    /** Mẫu 18-KNĐ: the register of probationary members of a grassroots organization. */
    REGISTER_18_KND("18-KND", List.of("organizationName", "subtitle"),
            Map.of("rows", List.of("number", "fullName", "birthDate", "backgroundNumber", "cellName", "admittedOn",
                    "note"))),
    /** Mẫu 6-KNĐ: the cell's resolution proposing the admission. */
    FORM_6_KND("6-KND", DossierFormFields.NAMES, Map.of()),
    /** Mẫu 8-KNĐ: the grassroots committee's resolution on the admission. */
    FORM_8_KND("8-KND", DossierFormFields.NAMES, Map.of()),
    /** Mẫu 9-KNĐ: the admission decision. */
    FORM_9_KND("9-KND", DossierFormFields.NAMES, Map.of()),
    /** Mẫu 13-KNĐ: the cell's resolution proposing recognition as an official member. */
    FORM_13_KND("13-KND", DossierFormFields.NAMES, Map.of()),
    /** Mẫu 15-KNĐ: the grassroots committee's resolution proposing recognition. */
    FORM_15_KND("15-KND", DossierFormFields.NAMES, Map.of()),
    /** Mẫu 16-KNĐ: the recognition decision. */
    FORM_16_KND("16-KND", DossierFormFields.NAMES, Map.of());

    /** The fields of the Party document's layout, in every template. */
    static final List<String> LAYOUT_FIELDS = List.of("superiorBody", "issuingBody", "documentNumber", "place",
            "dateLine", "title", "recipients", "signerRole", "signerTitle", "signerName");

    private final String code;
    private final List<String> fields;
    private final Map<String, List<String>> loops;

    TemplateKind(String code, List<String> fields, Map<String, List<String>> loops) {
        this.code = code;
        this.fields = fields;
        this.loops = loops;
    }

    /** The ASCII code of URLs and files: "18-KND", "statistics". */
    public String code() {
        return code;
    }

    /** Every field the template may name outside repeated rows. */
    Set<String> fields() {
        Set<String> all = new LinkedHashSet<>(LAYOUT_FIELDS);
        all.addAll(fields);
        all.addAll(loops.keySet());
        return all;
    }

    /** The repeated rows and the columns each may name. */
    Map<String, List<String>> loops() {
        return loops;
    }

    /** Every name the template may use, for the list an administrator reads. */
    public List<String> allNames() {
        return Stream.concat(fields().stream(), loops.values().stream().flatMap(List::stream)).distinct().toList();
    }

    String builtInResource() {
        return "/documents/templates/" + code + ".docx";
    }

    public String messageKey() {
        return "document.template." + code;
    }

    static Optional<TemplateKind> byCode(String code) {
        return Stream.of(values()).filter(k -> k.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }
}
