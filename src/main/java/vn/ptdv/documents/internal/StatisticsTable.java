package vn.ptdv.documents.internal;

import java.util.Optional;
import java.util.stream.Stream;

/** The statistical tables of Hướng dẫn 11-HD/BTCTW that ptdv fills in, by the ASCII code of the API. */
enum StatisticsTable {
    /** Increase and decrease of members in the period. */
    MEMBER_CHANGES("member-changes"),
    /** New members admitted in the period, by structure. */
    NEW_MEMBERS("new-members"),
    /** Members at the end of the period, by quantity and quality. */
    MEMBERS("members");

    private final String code;

    StatisticsTable(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String titleKey() {
        return "statistics." + code + ".title";
    }

    static Optional<StatisticsTable> byCode(String code) {
        return Stream.of(values()).filter(t -> t.code.equals(code == null ? "" : code.strip())).findFirst();
    }
}
