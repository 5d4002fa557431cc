package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ptdv.organization.OrganizationRef;

/**
 * The fields of a Party document's layout (Hướng dẫn 36-HD/VPTW): the superior and the issuing
 * body at the top left, the number and symbol, the place and date line, the title, the recipients
 * and the signature block. What ptdv cannot know (the number, the place, the signer's name) is
 * left as dots for the user to fill in.
 */
record PartyHeading(String superiorBody, String issuingBody, String documentNumber, String place, String dateLine,
        String title, String recipients, String signerRole, String signerTitle, String signerName) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BLANK = "……………";

    /**
     * The heading of a document of the organization on the day: a committee (đảng bộ) issues as
     * its "đảng ủy", a cell as "chi bộ"; reports carry the symbol BC.
     */
    static PartyHeading of(OrganizationRef organization, String nameOnDay, List<OrganizationRef> ancestors,
            String superiorNameOnDay, LocalDate day, String title, String recipients) {
        boolean cell = organization.type().isCell();
        String issuing = acting(nameOnDay);
        String superior = ancestors.isEmpty() ? "" : upper(superiorNameOnDay);
        String symbol = cell ? "-BC/CB" : "-BC/ĐU";
        return new PartyHeading(superior, upper(issuing), "        " + symbol, BLANK, dateLine(day), upper(title),
                recipients, cell ? "T/M CHI BỘ" : "T/M ĐẢNG ỦY", "BÍ THƯ", "");
    }

    /** A committee acts by its executive committee: "Đảng bộ xã A" issues as "Đảng ủy xã A"; a cell by its own name. */
    static String acting(String name) {
        String stripped = DocxPdf.nfc(name).strip();
        return stripped.toLowerCase(VIETNAMESE).startsWith("đảng bộ") ? "Đảng ủy" + stripped.substring("Đảng bộ".length())
                : stripped;
    }

    static String dateLine(LocalDate day) {
        return "ngày %02d tháng %02d năm %d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    static String upper(String text) {
        return DocxPdf.nfc(text).toUpperCase(VIETNAMESE);
    }

    /** The layout's fields by their template names, NFC. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("superiorBody", superiorBody);
        fields.put("issuingBody", issuingBody);
        fields.put("documentNumber", documentNumber);
        fields.put("place", place);
        fields.put("dateLine", dateLine);
        fields.put("title", title);
        fields.put("recipients", recipients);
        fields.put("signerRole", signerRole);
        fields.put("signerTitle", signerTitle);
        fields.put("signerName", signerName);
        fields.replaceAll((k, v) -> DocxPdf.nfc((String) v));
        return fields;
    }
}
