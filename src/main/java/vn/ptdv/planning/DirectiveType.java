package vn.ptdv.planning;

import java.util.Set;

/**
 * Kinds of party documents, with the abbreviations their number and symbol carry ("12-KH/TU"
 * is a plan, kế hoạch).
 */
public enum DirectiveType {
    RESOLUTION("NQ"),
    DECISION("QĐ"),
    REGULATION("QĐ", "QĐi"),
    DIRECTIVE("CT"),
    CONCLUSION("KL"),
    RULES("QC"),
    CIRCULAR("TT"),
    GUIDANCE("HD"),
    PLAN("KH"),
    PROGRAM("CTr"),
    REPORT("BC"),
    NOTICE("TB"),
    SUBMISSION("TTr"),
    PROJECT("ĐA"),
    OFFICIAL_LETTER("CV");

    private final Set<String> codes;

    DirectiveType(String... codes) {
        this.codes = Set.of(codes);
    }

    /** The abbreviations of this kind in a number and symbol. */
    public Set<String> codes() {
        return codes;
    }

    public String messageKey() {
        return "directiveType." + name();
    }
}
